package dev.copydesk.rewrite;

import dev.copydesk.model.GateResult;
import dev.copydesk.rewrite.gates.EntitiesKeptGate;
import dev.copydesk.rewrite.gates.InstructionsInSourceGate;
import dev.copydesk.rewrite.gates.InventedNumbersGate;
import dev.copydesk.rewrite.gates.LeakedInstructionsGate;
import dev.copydesk.rewrite.gates.MarkupGate;
import dev.copydesk.rewrite.gates.MinWordsGate;
import dev.copydesk.rewrite.gates.QuotesVerbatimGate;
import dev.copydesk.rewrite.gates.SimilarityBandGate;
import dev.copydesk.rewrite.gates.SubheadingsGate;
import dev.copydesk.rewrite.gates.TargetLanguageGate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a failed gate means for the article: which failures are worth a repair request to the model, what to ask,
 * and which ones, left after the repairs, make the article unusable (dead letter) rather than reviewable.
 */
final class GatePolicy {

    /** Failures that leave nothing an editor could publish: the article is dead-lettered with the gate results. */
    static final Set<String> HARD = Set.of(TargetLanguageGate.CODE);

    /** Findings about the source, not the rewrite: a repair cannot change them; an editor must look. */
    static final Set<String> NOT_REPAIRABLE = Set.of(InstructionsInSourceGate.CODE);

    private static final Map<String, String> ADVICE = Map.of(
            MinWordsGate.CODE, "expand the sections with context and explanation drawn only from the source; invent no"
                    + " fact, number or quote",
            SubheadingsGate.CODE, "split the text into more sections, each under its own ## subheading",
            TargetLanguageGate.CODE, "write the whole article, title and subheadings included, in the target language",
            QuotesVerbatimGate.CODE, "quote the source's words exactly, between quotation marks",
            InventedNumbersGate.CODE, "use only the figures the source gives",
            EntitiesKeptGate.CODE, "keep the people, places and organisations the source names",
            LeakedInstructionsGate.CODE, "write only the article, with no remark about the task",
            MarkupGate.CODE, "write plain Markdown, with no HTML",
            SimilarityBandGate.CODE, "rewrite in your own words while keeping every fact of the source");

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
