package dev.copydesk.seo.assess;

import dev.copydesk.seo.Produced;
import dev.copydesk.seo.make.Slugger;

import dev.copydesk.model.Assessment;
import dev.copydesk.language.Language;

import java.util.ArrayList;
import java.util.List;

import static dev.copydesk.seo.assess.Grades.BAD;
import static dev.copydesk.seo.assess.Grades.GOOD;
import static dev.copydesk.seo.assess.Grades.OK;
import static dev.copydesk.seo.assess.Grades.format;

/**
 * The SEO assessments about the focus keyphrase, with Yoast's public thresholds. The keyphrase is matched by its
 * content words and their forms ({@link KeyphraseMatcher}); one occurrence is one complete set of those words in
 * a sentence.
 */
public final class KeyphraseAssessments {

    public static final int MAX_GOOD_WORDS = 4;
    public static final int MAX_OK_WORDS = 8;
    public static final double MIN_DENSITY_PERCENT = 0.5;
    public static final double MAX_DENSITY_PERCENT = 3.0;
    public static final int MAX_IN_META = 2;
    public static final double MIN_SUBHEADINGS_PERCENT = 30;
    public static final double MAX_SUBHEADINGS_PERCENT = 75;

    private final Produced produced;
    private final KeyphraseMatcher matcher;
    private final String keyphrase;

    public KeyphraseAssessments(Produced produced) {
        this.produced = produced;
        this.keyphrase = produced.keyphrase();
        this.matcher = new KeyphraseMatcher(keyphrase, produced.analysis().rules());
    }

    /** In a fixed order; {@code keyphrase-in-subheadings} only when the text has subheadings. */
    public List<Assessment> all() {
        List<Assessment> assessments = new ArrayList<>(List.of(length(), inIntroduction(), density(),
                inMetaDescription()));
        if (!produced.text().headings().isEmpty()) {
            assessments.add(inSubheadings());
        }
        assessments.add(inTitle());
        assessments.add(inSlug());
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
        Paragraph introduction = produced.analysis().introduction();
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

    public Assessment density() {
        int occurrences = produced.analysis().sentences().stream()
                .mapToInt(sentence -> matcher.occurrencesIn(sentence.terms())).sum();
        int words = produced.analysis().wordCount();
        double percent = Grades.percent(occurrences, words);
        int score = percent >= MIN_DENSITY_PERCENT && percent <= MAX_DENSITY_PERCENT ? GOOD : BAD;
        return Assessment.scored("keyphrase-density", score, format(
                "Keyphrase occurrences: %d in %d words (%.2f %%); aim for %.1f to %.1f %%.",
                occurrences, words, percent, MIN_DENSITY_PERCENT, MAX_DENSITY_PERCENT));
    }

    public Assessment inMetaDescription() {
        int occurrences = matcher.occurrencesIn(Terms.of(produced.metaDescription(), produced.analysis().rules()));
        int score = occurrences >= 1 && occurrences <= MAX_IN_META ? GOOD : BAD;
        return Assessment.scored("keyphrase-in-meta-description", score, format(
                "Keyphrase occurrences in the meta description: %d; aim for 1 or %d.", occurrences, MAX_IN_META));
    }

    /** Only called when there are subheadings. A single subheading that names the keyphrase is enough. */
    public Assessment inSubheadings() {
        List<String> headings = produced.text().headings();
        long naming = headings.stream().filter(matcher::isIn).count();
        double percent = Grades.percent(naming, headings.size());
        int score = naming == 0 ? BAD
                : headings.size() == 1 || percent >= MIN_SUBHEADINGS_PERCENT && percent <= MAX_SUBHEADINGS_PERCENT
                ? GOOD : OK;
        return Assessment.scored("keyphrase-in-subheadings", score, format(
                "%d of %d subheadings name the keyphrase (%.0f %%); aim for %.0f to %.0f %%.", naming,
                headings.size(), percent, MIN_SUBHEADINGS_PERCENT, MAX_SUBHEADINGS_PERCENT));
    }

    /** Best at the start of the SEO title, where searchers look first. */
    public Assessment inTitle() {
        String title = produced.seoTitle();
        int score = matcher.leads(title) ? GOOD : matcher.isIn(title) ? OK : BAD;
        String where = score == GOOD ? "starts with" : score == OK ? "contains, but does not start with," : "does not contain";
        return Assessment.scored("keyphrase-in-title", score,
                format("The SEO title %s the keyphrase '%s'.", where, keyphrase));
    }

    /** The keyphrase's content words among the slug's words, word forms aside ("piste" finds "pistes"). */
    public Assessment inSlug() {
        Language rules = produced.analysis().rules();
        List<String> slugKeys = Slugger.segments(produced.slug()).stream().map(rules::key).toList();
        List<String> wanted = Terms.of(keyphrase, rules).stream().filter(term -> !term.stopWord())
                .flatMap(term -> Slugger.segments(term.bare()).stream()).map(rules::key).toList();
        long found = wanted.stream().filter(slugKeys::contains).count();
        int score = !wanted.isEmpty() && found == wanted.size() ? GOOD : found > 0 ? OK : BAD;
        return Assessment.scored("keyphrase-in-slug", score, format("The slug '%s' has %d of the %d keyphrase words.",
                produced.slug(), found, wanted.size()));
    }
}
