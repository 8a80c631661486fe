package dev.copydesk.seo;

import dev.copydesk.analysis.ArticleText;
import dev.copydesk.analysis.TextAnalysis;
import dev.copydesk.analysis.KeyphraseChooser;

import dev.copydesk.model.SeoHints;
import dev.copydesk.language.Language;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeyphraseChooserTests {

    private static final Language FRENCH = Language.of("fr");
    private final KeyphraseChooser chooser = new KeyphraseChooser();

    /** "pistes cyclables" three times in the first paragraph; "tramway" once, in the title and standfirst. */
    private static ArticleBuilder cyclingArticle() {
        return new ArticleBuilder()
                .title("Le tramway arrive à Lyon")
                .standfirst("Le tramway arrive.")
                .section(null, "Les pistes cyclables progressent. Les pistes cyclables plaisent. "
                        + "Les pistes cyclables coûtent cher.");
    }

    private String choose(ArticleBuilder builder) {
        var article = builder.build();
        return chooser.choose(TextAnalysis.of(ArticleText.of(article, FRENCH)), article.brief(), article.seoHints());
    }

    @Test
    void prefersTheBriefHint() {
        assertEquals("budget vélo",
                choose(cyclingArticle().briefKeyphrase("  budget vélo ").hints(null, "pistes cyclables", null)));
    }

    @Test
    void usesAnLlmSuggestionTheTextSupportsWhateverItsCaseAndAccents() {
        assertEquals("Tramway ARRIVÉ", choose(cyclingArticle().hints(null, "Tramway ARRIVÉ", null)));
    }

    @Test
    void ignoresAnLlmSuggestionTheTextDoesNotSupport() {
        assertEquals("pistes cyclables", choose(cyclingArticle().hints(null, "tramway gratuit", null)));
    }

    @Test
    void ignoresAnLlmSuggestionOfMoreThanFourWords() {
        assertEquals("pistes cyclables",
                choose(cyclingArticle().hints(null, "tramway pistes cyclables progressent cher", null)));
    }

    @Test
    void extractsTheMostFrequentPhraseAndPrefersTheLongerOnATie() {
        // "pistes", "cyclables" and "pistes cyclables" each occur 3 times, in the first paragraph: 3 × (2 + 1) = 9.
        // "tramway" occurs once, in title and standfirst: 1 × (2 + 2 + 1) = 5.
        assertEquals("pistes cyclables", choose(cyclingArticle()));
    }

    @Test
    void theTitleOutweighsAFewMoreMentionsElsewhere() {
        // "tramway": 2 × (2 + 2) = 8, in the title; "pistes cyclables": 3 × 2 = 6, in neither title nor introduction.
        assertEquals("tramway", choose(new ArticleBuilder()
                .title("Le tramway revient à Lyon")
                .section(null, "Le réseau grandit.", "Le tramway circule. Le tramway roule.",
                        "Les pistes cyclables progressent. Les pistes cyclables plaisent. Les pistes cyclables coûtent.")));
    }

    @Test
    void breaksRemainingTiesAlphabetically() {
        // "vélos" and "trottinettes" both score 1 × (2 + 1); "vélos et trottinettes" occurs once, too few for a phrase.
        assertEquals("trottinettes", choose(new ArticleBuilder().title("Rapport annuel")
                .section(null, "Vélos et trottinettes.")));
    }

    @Test
    void aPhraseNeverStartsOrEndsWithAStopWordNorCrossesPunctuation() {
        // "de la ville" and "ville, le" are not candidates; "ville" occurs 3 times and wins.
        assertEquals("ville", choose(new ArticleBuilder().title("Bilan")
                .section(null, "Le maire de la ville, le préfet. Le centre de la ville. La ville avance.")));
    }

    @Test
    void returnsTheMostCommonSpelling() {
        assertEquals("vélo", choose(new ArticleBuilder().title("Bilan").section(null, "Vélo partout. Le vélo gagne. Un vélo passe.")));
    }

    @Test
    void fallsBackToTheTitleWhenTheTextHasNoCandidate() {
        // Every word of the paragraph is a stop word; the title's content words are used as written.
        assertEquals("budget municipal", choose(new ArticleBuilder().title("Le budget municipal").section(null, "Et de la.")));
    }

    @Test
    void doesNotRequireSeoHints() {
        var article = cyclingArticle().build();
        assertEquals("pistes cyclables", chooser.choose(TextAnalysis.of(ArticleText.of(article, FRENCH)), null, SeoHints.NONE));
    }
}
