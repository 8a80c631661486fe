package dev.copydesk.rewrite;

import dev.copydesk.analysis.KeyphraseInText;
import dev.copydesk.language.Language;

import java.util.ArrayList;
import java.util.List;

import static dev.copydesk.analysis.Grades.format;
import static dev.copydesk.analysis.ReadabilityAssessments.LONG_SENTENCES_GOOD_PERCENT;
import static dev.copydesk.analysis.ReadabilityAssessments.LONG_SENTENCE_WORDS;
import static dev.copydesk.analysis.ReadabilityAssessments.PARAGRAPH_GOOD_WORDS;
import static dev.copydesk.analysis.ReadabilityAssessments.PASSIVE_GOOD_PERCENT;
import static dev.copydesk.analysis.ReadabilityAssessments.SAME_START_RUN;
import static dev.copydesk.analysis.ReadabilityAssessments.SECTION_GOOD_WORDS;
import static dev.copydesk.analysis.ReadabilityAssessments.TRANSITIONS_GOOD_PERCENT;

/**
 * The search and readability targets the prompt states up front, with the figures of the assessments that will
 * grade the text ({@link dev.copydesk.analysis}): asking for what is measured, by the measure's own numbers, spares
 * most repair rounds. Only the targets of the text are stated; the SEO stage makes title, description and slug.
 */
final class SeoTargets {

    /**
     * The figures the targets are made of: part of the prompt version, so that a change of a threshold in the
     * analysis, which changes the prompt, changes the version as a change of a template does.
     */
    static final String SIGNATURE = format("kp %.1f-%.1f %.0f-%.0f; sentences %d %.0f; paragraphs %d; sections %d;"
                    + " transitions %.0f; passive %.0f; same start %d", KeyphraseInText.MIN_DENSITY_PERCENT,
            KeyphraseInText.MAX_DENSITY_PERCENT, KeyphraseInText.MIN_SUBHEADINGS_PERCENT,
            KeyphraseInText.MAX_SUBHEADINGS_PERCENT, LONG_SENTENCE_WORDS, LONG_SENTENCES_GOOD_PERCENT,
            PARAGRAPH_GOOD_WORDS, SECTION_GOOD_WORDS, TRANSITIONS_GOOD_PERCENT, PASSIVE_GOOD_PERCENT, SAME_START_RUN);

    private SeoTargets() {
    }

    /**
     * One line per target, each starting with "  - ", for a text of at least {@code minWords} words in a language
     * with {@code rules}; the subheading targets only when the brief asks for subheadings, the transition words only
     * when the language has them assessed.
     */
    static String lines(Language rules, int minWords, boolean subheadings) {
        List<String> lines = new ArrayList<>();
        long fewest = Math.max(1, (long) Math.ceil(minWords * KeyphraseInText.MIN_DENSITY_PERCENT / 100));
        long most = Math.max(fewest, (long) Math.floor(minWords * KeyphraseInText.MAX_DENSITY_PERCENT / 100));
        lines.add(format("the keyphrase in the first paragraph (the standfirst), and %d to %d"
                        + " times in all over %d words (%.1f to %.1f %% of the words), never stuffed",
                fewest, most, minWords, KeyphraseInText.MIN_DENSITY_PERCENT, KeyphraseInText.MAX_DENSITY_PERCENT));
        if (subheadings) {
            lines.add(format("the keyphrase in %.0f to %.0f %% of the ## subheadings, and a ## subheading at least"
                            + " every %d words of text", KeyphraseInText.MIN_SUBHEADINGS_PERCENT,
                    KeyphraseInText.MAX_SUBHEADINGS_PERCENT, SECTION_GOOD_WORDS));
        }
        lines.add(format("sentences of %d words or fewer: at most %.0f %% of the sentences may be longer",
                LONG_SENTENCE_WORDS, LONG_SENTENCES_GOOD_PERCENT));
        lines.add(format("paragraphs of at most %d words", PARAGRAPH_GOOD_WORDS));
        if (rules.analysesStyle()) {
            lines.add(format("a transition word or phrase (the equivalents, in the target language, of however,"
                    + " therefore, for example, moreover, because) in at least %.0f %% of the sentences",
                    TRANSITIONS_GOOD_PERCENT));
            lines.add(format("the active voice: at most %.0f %% of the sentences in the passive", PASSIVE_GOOD_PERCENT));
        }
        lines.add(format("never %d or more sentences in a row that start with the same word", SAME_START_RUN));
        return String.join("\n", lines.stream().map(line -> "  - " + line + ".").toList());
    }
}
