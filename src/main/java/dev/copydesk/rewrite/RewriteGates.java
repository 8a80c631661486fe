package dev.copydesk.rewrite;

import dev.copydesk.ingest.LanguageDetector;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.Brief;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.Section;
import dev.copydesk.rewrite.gates.GateInput;
import dev.copydesk.rewrite.gates.IntegrityGates;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The checks every rewritten article must pass before it goes out without review. Each result has a stable code;
 * all results, passed or not, travel in the event so an editor sees what was checked.
 */
public final class RewriteGates {

    /** A brief with subheadings asks for about one subheading per this many words. */
    static final int WORDS_PER_SUBHEADING = 250;

    private final LanguageDetector languageDetector;

    public RewriteGates(LanguageDetector languageDetector) {
        this.languageDetector = languageDetector;
    }

    /** The brief's gates and the integrity gates, for a model's rewrite. */
    public List<GateResult> checkRewrite(WorkItem item, String title, String standfirst, List<Section> sections) {
        List<GateResult> results = new ArrayList<>(check(item, standfirst, sections));
        results.addAll(IntegrityGates.checkAll(new GateInput(item, title, standfirst, sections)));
        return results;
    }

    /** The brief's gates: language, length, structure. */
    public List<GateResult> check(WorkItem item, String standfirst, List<Section> sections) {
        Brief brief = item.article().brief();
        int words = Section.wordCount(standfirst, sections);
        List<GateResult> results = new ArrayList<>();
        results.add(targetLanguage(item, standfirst, sections));
        results.add(words >= brief.minWords()
                ? GateResult.pass("min-words", words + " words, the brief asks for at least " + brief.minWords())
                : GateResult.fail("min-words", words + " words, the brief asks for at least " + brief.minWords()));
        if (brief.subheadings()) {
            int subheadings = Section.subheadingCount(sections);
            int wanted = Math.max(1, words / WORDS_PER_SUBHEADING);
            String message = subheadings + " subheadings for " + words + " words; at least " + wanted + " expected";
            results.add(subheadings >= wanted
                    ? GateResult.pass("subheadings", message) : GateResult.fail("subheadings", message));
        }
        return results;
    }

    private GateResult targetLanguage(WorkItem item, String standfirst, List<Section> sections) {
        String text = Stream.concat(Stream.ofNullable(standfirst),
                        sections.stream().flatMap(section -> section.paragraphs().stream()))
                .collect(Collectors.joining("\n"));
        String wanted = item.targetLanguage();
        String found = languageDetector.detect(text).orElse("unknown");
        return found.equals(wanted)
                ? GateResult.pass("target-language", "text is in " + found + " as " + item.locale() + " asks")
                : GateResult.fail("target-language", "text is in " + found + ", " + item.locale() + " asks for " + wanted);
    }
}
