package dev.copydesk.seo.assess;

import dev.copydesk.analysis.KeyphraseInText;
import dev.copydesk.analysis.Terms;
import dev.copydesk.language.Language;
import dev.copydesk.model.Assessment;
import dev.copydesk.seo.Produced;
import dev.copydesk.seo.make.Slugger;

import java.util.ArrayList;
import java.util.List;

import static dev.copydesk.analysis.Grades.BAD;
import static dev.copydesk.analysis.Grades.GOOD;
import static dev.copydesk.analysis.Grades.OK;
import static dev.copydesk.analysis.Grades.format;

/**
 * The SEO assessments about the focus keyphrase: those of the text ({@link KeyphraseInText}, shared with the rewrite
 * stage) and those of the page the SEO stage makes (meta description, title, slug), with Yoast's public thresholds.
 */
public final class KeyphraseAssessments {

    public static final int MAX_IN_META = 2;

    private final Produced produced;
    private final KeyphraseInText inText;
    private final String keyphrase;

    public KeyphraseAssessments(Produced produced) {
        this.produced = produced;
        this.keyphrase = produced.keyphrase();
        this.inText = new KeyphraseInText(produced.analysis(), keyphrase);
    }

    /** In a fixed order; {@code keyphrase-in-subheadings} only when the text has subheadings. */
    public List<Assessment> all() {
        List<Assessment> assessments = new ArrayList<>(List.of(inText.length(), inText.inIntroduction(),
                inText.density(), inMetaDescription()));
        if (!produced.text().headings().isEmpty()) {
            assessments.add(inText.inSubheadings());
        }
        assessments.add(inTitle());
        assessments.add(inSlug());
        return assessments;
    }

    /** The assessments of the text alone. */
    public KeyphraseInText inText() {
        return inText;
    }

    public Assessment inMetaDescription() {
        int occurrences = inText.matcher().occurrencesIn(Terms.of(produced.metaDescription(), produced.analysis().rules()));
        int score = occurrences >= 1 && occurrences <= MAX_IN_META ? GOOD : BAD;
        return Assessment.scored("keyphrase-in-meta-description", score, format(
                "Keyphrase occurrences in the meta description: %d; aim for 1 or %d.", occurrences, MAX_IN_META));
    }

    /** Best at the start of the SEO title, where searchers look first. */
    public Assessment inTitle() {
        String title = produced.seoTitle();
        int score = inText.matcher().leads(title) ? GOOD : inText.matcher().isIn(title) ? OK : BAD;
        String where = score == GOOD ? "starts with" : score == OK ? "contains, but does not start with," : "does not contain";
        return Assessment.scored("keyphrase-in-title", score,
                format("The SEO title %s the keyphrase '%s'.", where, keyphrase));
    }

    /**
     * The keyphrase's content words among the slug's words, word forms aside ("piste" finds "pistes"): all of them
     * for a keyphrase of one or two words, more than half for a longer one (Yoast's rule), else ok if any.
     */
    public Assessment inSlug() {
        Language rules = produced.analysis().rules();
        List<String> slugKeys = Slugger.segments(produced.slug(), rules.language()).stream().map(rules::key).toList();
        List<String> wanted = Terms.of(keyphrase, rules).stream().filter(term -> !term.stopWord())
                .flatMap(term -> Slugger.segments(term.bare(), rules.language()).stream()).map(rules::key).toList();
        long found = wanted.stream().filter(slugKeys::contains).count();
        boolean enough = wanted.size() <= 2 ? found == wanted.size() : 2 * found > wanted.size();
        int score = !wanted.isEmpty() && enough ? GOOD : found > 0 ? OK : BAD;
        return Assessment.scored("keyphrase-in-slug", score, format("The slug '%s' has %d of the %d keyphrase words.",
                produced.slug(), found, wanted.size()));
    }
}
