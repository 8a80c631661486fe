package dev.copydesk.seo;

import dev.copydesk.model.Assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * First-cut SEO assessments, each scored 0–10 with a message that states what was measured. They inform the
 * editor; they do not change the article's status.
 */
final class SeoAssessor {

    /** The length below which a text is too thin, whatever the brief asks for. */
    static final int SHORT_TEXT_WORDS = 300;
    /** One subheading per this many words keeps a long text scannable. */
    static final int WORDS_PER_SUBHEADING = 300;
    static final double MIN_DENSITY_PERCENT = 0.5;
    static final double MAX_DENSITY_PERCENT = 3.0;

    private final int maxTitleChars;

    SeoAssessor(int maxTitleChars) {
        this.maxTitleChars = maxTitleChars;
    }

    /** What was produced for one article, as the assessments need it. */
    record Produced(ArticleText text, int minWords, String seoTitle, String metaDescription, String slug,
                    String keyphrase) {
    }

    List<Assessment> assess(Produced produced) {
        KeyphraseMatcher keyphrase = new KeyphraseMatcher(produced.keyphrase(), produced.text().language());
        return List.of(
                textLength(produced.text().wordCount(), produced.minWords()),
                subheadings(produced.text().h2Count(), produced.text().wordCount()),
                seoTitleLength(produced.seoTitle()),
                metaDescriptionLength(produced.metaDescription()),
                keyphraseInIntroduction(keyphrase, produced),
                keyphraseInTitle(keyphrase, produced),
                keyphraseInSlug(produced),
                keyphraseDensity(keyphrase, produced));
    }

    private static Assessment textLength(int words, int minWords) {
        int score = words >= minWords ? 9 : words >= SHORT_TEXT_WORDS ? 6 : 3;
        return Assessment.scored("text-length", score,
                format("The text has %d words; the brief asks for at least %d.", words, minWords));
    }

    private static Assessment subheadings(int h2Count, int words) {
        int recommended = Math.max(1, words / WORDS_PER_SUBHEADING);
        int score = h2Count >= recommended ? 9 : h2Count > 0 ? 6 : 2;
        return Assessment.scored("subheadings", score, format(
                "The text has %d subheadings for %d words; at least %d are recommended (one per %d words).",
                h2Count, words, recommended, WORDS_PER_SUBHEADING));
    }

    private Assessment seoTitleLength(String seoTitle) {
        // Below half the limit, the result line in search results is mostly empty.
        int minChars = maxTitleChars / 2;
        int length = seoTitle.length();
        int score = length > maxTitleChars ? 3 : length >= minChars ? 9 : 6;
        return Assessment.scored("seo-title-length", score,
                format("The SEO title has %d characters; aim for %d to %d.", length, minChars, maxTitleChars));
    }

    private static Assessment metaDescriptionLength(String description) {
        int length = description.length();
        int score = MetaDescriptionMaker.hasRightLength(description) ? 9 : length == 0 ? 1 : 6;
        return Assessment.scored("meta-description-length", score,
                format("The meta description has %d characters; aim for %d to %d.", length,
                        MetaDescriptionMaker.MIN_CHARS, MetaDescriptionMaker.MAX_CHARS));
    }

    private static Assessment keyphraseInIntroduction(KeyphraseMatcher keyphrase, Produced produced) {
        boolean found = produced.text().introduction().stream().anyMatch(keyphrase::isIn);
        return Assessment.scored("keyphrase-in-introduction", found ? 9 : 3, found
                ? format("The keyphrase '%s' appears in the introduction.", produced.keyphrase())
                : format("The keyphrase '%s' is in neither the standfirst nor the first paragraph.", produced.keyphrase()));
    }

    private static Assessment keyphraseInTitle(KeyphraseMatcher keyphrase, Produced produced) {
        String title = produced.seoTitle();
        int score = keyphrase.leads(title) ? 9 : keyphrase.isIn(title) ? 6 : 2;
        String where = score == 9 ? "starts with" : score == 6 ? "contains, but does not start with," : "does not contain";
        return Assessment.scored("keyphrase-in-title", score,
                format("The SEO title %s the keyphrase '%s'.", where, produced.keyphrase()));
    }

    private static Assessment keyphraseInSlug(Produced produced) {
        List<String> wanted = Slugger.segments(produced.keyphrase());
        List<String> slugWords = Arrays.asList(produced.slug().split("-"));
        long found = wanted.stream().filter(slugWords::contains).count();
        int score = !wanted.isEmpty() && found == wanted.size() ? 9 : found > 0 ? 6 : 3;
        return Assessment.scored("keyphrase-in-slug", score, format("The slug '%s' has %d of the %d keyphrase words.",
                produced.slug(), found, wanted.size()));
    }

    private static Assessment keyphraseDensity(KeyphraseMatcher keyphrase, Produced produced) {
        int words = produced.text().wordCount();
        int occurrences = keyphrase.occurrencesIn(produced.text().body());
        double percent = words == 0 ? 0 : 100.0 * occurrences / words;
        int score = occurrences == 0 ? 3
                : percent < MIN_DENSITY_PERCENT ? 6
                : percent <= MAX_DENSITY_PERCENT ? 9
                : 4;
        return Assessment.scored("keyphrase-density", score, format(
                "Keyphrase occurrences: %d in %d words (%.1f %%); aim for %.1f to %.1f %%.",
                occurrences, words, percent, MIN_DENSITY_PERCENT, MAX_DENSITY_PERCENT));
    }

    /** Root locale: a message must not change with the JVM's default locale (a decimal comma would). */
    private static String format(String template, Object... values) {
        return String.format(Locale.ROOT, template, values);
    }
}
