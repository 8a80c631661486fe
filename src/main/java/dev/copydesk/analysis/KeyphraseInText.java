package dev.copydesk.analysis;

import dev.copydesk.model.Assessment;

import java.util.ArrayList;
import java.util.List;

import static dev.copydesk.analysis.Grades.BAD;
import static dev.copydesk.analysis.Grades.GOOD;
import static dev.copydesk.analysis.Grades.OK;
import static dev.copydesk.analysis.Grades.format;

/**
 * The keyphrase assessments that the text alone decides, with Yoast's public thresholds: its length, and where and
 * how often the text names it. The keyphrase is matched by its content words and their forms
 * ({@link KeyphraseMatcher}); one occurrence is one complete set of those words in a sentence. The SEO stage adds the
 * ones about the page it makes (title, meta description, slug); the rewrite stage asks the model to fix these.
 */
public final class KeyphraseInText {

    public static final int MAX_GOOD_WORDS = 4;
    public static final int MAX_OK_WORDS = 8;
    public static final double MIN_DENSITY_PERCENT = 0.5;
    public static final double MAX_DENSITY_PERCENT = 3.0;
    public static final double MIN_SUBHEADINGS_PERCENT = 30;
    public static final double MAX_SUBHEADINGS_PERCENT = 75;

    private final TextAnalysis analysis;
    private final KeyphraseMatcher matcher;
    private final String keyphrase;

    public KeyphraseInText(TextAnalysis analysis, String keyphrase) {
        this.analysis = analysis;
        this.keyphrase = keyphrase;
        this.matcher = new KeyphraseMatcher(keyphrase, analysis.rules());
    }

    public String keyphrase() {
        return keyphrase;
    }

    public KeyphraseMatcher matcher() {
        return matcher;
    }

    /** Those the text can fix, in a fixed order; {@code keyphrase-in-subheadings} only when it has subheadings. */
    public List<Assessment> ofText() {
        List<Assessment> assessments = new ArrayList<>(List.of(inIntroduction(), density()));
        if (!analysis.text().headings().isEmpty()) {
            assessments.add(inSubheadings());
        }
        return assessments;
    }

    public Assessment length() {
        int words = matcher.size();
        int score = words == 0 ? BAD : Grades.atMost(words, MAX_GOOD_WORDS, MAX_OK_WORDS);
        return Assessment.scored("keyphrase-length", score, format(
                "The keyphrase '%s' has %d content words; aim for 1 to %d.", keyphrase, words, MAX_GOOD_WORDS));
    }

    /** Good when one sentence of the first paragraph has the whole keyphrase; ok when the paragraph has it across sentences. */
    public Assessment inIntroduction() {
        Paragraph introduction = analysis.introduction();
        boolean inOneSentence = introduction.sentences().stream()
                .anyMatch(sentence -> matcher.occurrencesIn(sentence.terms()) > 0);
        boolean inParagraph = matcher.occurrencesIn(introduction.sentences().stream()
                .flatMap(sentence -> sentence.terms().stream()).toList()) > 0;
        int score = inOneSentence ? GOOD : inParagraph ? OK : BAD;
        String found = inOneSentence ? "appears in one sentence of" : inParagraph
                ? "is spread over several sentences of" : "does not appear in";
        return Assessment.scored("keyphrase-in-introduction", score,
                format("The keyphrase '%s' %s the first paragraph.", keyphrase, found));
    }

    /**
     * Occurrences in every sentence of the page (title and subheadings included) over the page's words, as Yoast
     * counts them on the published page, and weighted as Yoast weighs them: a longer keyphrase is harder to repeat,
     * so its share counts {@link #lengthFactor} times. Good from 0.5 to 3 % weighted and at least twice: once is
     * not a subject.
     */
    public Assessment density() {
        int occurrences = 0;
        for (Sentence sentence : analysis.pageSentences()) {
            occurrences += matcher.occurrencesIn(sentence.terms());
        }
        int words = analysis.pageWordCount();
        double percent = Grades.percent(occurrences, words);
        double weighted = percent * lengthFactor(matcher.size());
        int score = occurrences >= 2 && weighted >= MIN_DENSITY_PERCENT && weighted <= MAX_DENSITY_PERCENT ? GOOD : BAD;
        return Assessment.scored("keyphrase-density", score, format(
                "Keyphrase occurrences: %d in %d words (%.2f %%, %.2f %% weighted for its %d words); aim for %.1f to %.1f %% weighted, at least twice.",
                occurrences, words, percent, weighted, matcher.size(), MIN_DENSITY_PERCENT, MAX_DENSITY_PERCENT));
    }

    /** How much a keyphrase of {@code words} content words weighs in the density: 0.7 + words / 3 (Yoast's). */
    public static double lengthFactor(int words) {
        return 0.7 + words / 3.0;
    }

    /**
     * Only called when there are subheadings. A subheading names the keyphrase when it has more than half of its
     * words ({@link KeyphraseMatcher#isMostlyIn}, Yoast's rule); a single subheading that does is enough. Too few and
     * too many are both bad, as in Yoast.
     */
    public Assessment inSubheadings() {
        List<Paragraph> headings = analysis.headings();
        long naming = headings.stream().filter(this::reflects).count();
        double percent = Grades.percent(naming, headings.size());
        int score = naming == 0 ? BAD
                : headings.size() == 1 || percent >= MIN_SUBHEADINGS_PERCENT && percent <= MAX_SUBHEADINGS_PERCENT
                ? GOOD : BAD;
        return Assessment.scored("keyphrase-in-subheadings", score, format(
                "%d of %d subheadings name the keyphrase (%.0f %%); aim for %.0f to %.0f %%.", naming,
                headings.size(), percent, MIN_SUBHEADINGS_PERCENT, MAX_SUBHEADINGS_PERCENT));
    }

    private boolean reflects(Paragraph heading) {
        List<Terms.Term> terms = heading.sentences().size() == 1 ? heading.sentences().get(0).terms()
                : heading.sentences().stream().flatMap(sentence -> sentence.terms().stream()).toList();
        return matcher.isMostlyIn(terms);
    }
}
