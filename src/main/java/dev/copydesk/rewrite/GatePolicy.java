package dev.copydesk.rewrite;

import dev.copydesk.model.GateResult;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a failed gate means for the article: which failures are worth a repair request to the model, what to ask,
 * and which ones, left after the repairs, make the article unusable (dead letter) rather than reviewable.
 */
final class GatePolicy {

    /** Failures that leave nothing an editor could publish: the article is dead-lettered with the gate results. */
    static final Set<String> HARD = Set.of("target-language");

    /** Findings about the source, not the rewrite: a repair cannot change them; an editor must look. */
    static final Set<String> NOT_REPAIRABLE = Set.of("instructions-in-source");

    private static final Map<String, String> ADVICE = Map.of(
            "min-words", "expand the sections with context and explanation drawn only from the source; invent no"
                    + " fact, number or quote",
            "subheadings", "split the text into more sections, each under its own ## subheading",
            "target-language", "write the whole article, title and subheadings included, in the target language",
            "quotes-verbatim", "quote the source's words exactly, between quotation marks",
            "no-invented-numbers", "use only the figures the source gives",
            "entities-kept", "keep the people, places and organisations the source names",
            "no-leaked-instructions", "write only the article, with no remark about the task",
            "no-markup", "write plain Markdown, with no HTML",
            "similarity-band", "rewrite in your own words while keeping every fact of the source");

    private GatePolicy() {
    }

    static List<GateResult> repairable(List<GateResult> results) {
        return results.stream().filter(result -> !result.passed() && !NOT_REPAIRABLE.contains(result.code()))
                .toList();
    }

    static List<GateResult> hardFailures(List<GateResult> results) {
        return results.stream().filter(result -> !result.passed() && HARD.contains(result.code())).toList();
    }

    /** One line per problem for the repair prompt: what was found, then what to do. */
    static List<String> problems(List<GateResult> failed) {
        return failed.stream().map(result -> result.message()
                + (ADVICE.containsKey(result.code()) ? ": " + ADVICE.get(result.code()) : "")).toList();
    }
}
