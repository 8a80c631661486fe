package dev.copydesk.seo;

import dev.copydesk.seo.make.MetaDescriptionMaker;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.PublishedArticle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeoFixingTests {

    private static final String SUGGESTED_TITLE = "Lyon adopte un plan de 120 millions d'euros pour le vélo";
    private static final String LEAD = "La métropole de Lyon a adopté jeudi un plan de 120 millions d'euros pour ses "
            + "rues. Les commerçants redoutent des années de travaux dans le centre.";
    private static final String CAPTION = "Le maire de Lyon sur son vélo";

    /** The keyphrase only in the last sentence: nothing the stage makes names it unless it is fixed. */
    private static ArticleBuilder article() {
        return new ArticleBuilder().title("Lyon mise sur le vélo").standfirst(LEAD)
                .section(null, "Le projet prévoit aussi de nouvelles places de stationnement.",
                        "Au total, 300 kilomètres de pistes cyclables seront construits.")
                .images(new ArticleImage("https://img.example.org/maire.jpg", CAPTION, null, null))
                .hints(SUGGESTED_TITLE, null, null)
                .briefKeyphrase("pistes cyclables")
                .source(new dev.copydesk.model.Source("https://wire.example.org/lyon", "Agence", null, null));
    }

    private static PublishedArticle enrich(ArticleBuilder article, int minScore) {
        return new SeoEnricher(new SeoSettings(60, Optional.empty(), "copydesk", minScore)).enrich(article.build());
    }

    private static int score(PublishedArticle published, String id) {
        return published.assessments().stream().filter(assessment -> assessment.id().equals(id)).findFirst()
                .orElseThrow().score();
    }

    @Test
    void aboveTheMinimumNothingIsFixedAndTheArticleIsPublished() {
        PublishedArticle published = enrich(article(), 0);

        assertEquals(ArticleStatus.PUBLISHED, published.status());
        assertEquals(List.of(), published.reviewReasons());
        assertEquals(SUGGESTED_TITLE, published.seoTitle(), "'Pistes cyclables : ' + the suggestion is 75 characters");
        assertEquals(LEAD, published.metaDescription());
        assertEquals("lyon-adopte-plan-120-millions-euros-velo", published.slug());
        assertEquals(CAPTION, published.images().get(0).alt());
    }

    @Test
    void underTheMinimumTitleDescriptionSlugAndAltTextAreRemadeAroundTheKeyphrase() {
        PublishedArticle published = enrich(article(), 100);

        // The end of the title goes to make room: "… d'euros pour le vélo" would pass 60 characters.
        assertEquals("Pistes cyclables : Lyon adopte un plan de 120 millions", published.seoTitle());
        // No sentence run naming the keyphrase is long enough, so the keyphrase leads the lead text.
        assertTrue(published.metaDescription().startsWith("Pistes cyclables : La métropole de Lyon a adopté jeudi"),
                published.metaDescription());
        assertTrue(MetaDescriptionMaker.hasRightLength(published.metaDescription()), published.metaDescription());
        assertEquals("pistes-cyclables-lyon-adopte-plan-120-millions", published.slug());
        assertEquals("Pistes cyclables : " + CAPTION, published.images().get(0).alt());
        assertTrue(published.markdown().contains("![Pistes cyclables : " + CAPTION + "]("), published.markdown());
        for (String fixed : List.of("keyphrase-in-title", "keyphrase-in-meta-description", "keyphrase-in-slug",
                "image-alt-text")) {
            assertEquals(9, score(published, fixed), fixed);
        }
    }

    @Test
    void whatOnlyTheTextCanFixSendsTheArticleToReviewWithTheWeakAssessments() {
        PublishedArticle published = enrich(article(), 100);

        assertEquals(ArticleStatus.NEEDS_REVIEW, published.status());
        List<String> codes = published.reviewReasons().stream().map(GateResult::code).toList();
        assertEquals("seo-score", codes.get(0));
        assertTrue(codes.contains("keyphrase-in-introduction"), codes.toString());
        assertTrue(codes.contains("text-length"), codes.toString());
        assertTrue(published.reviewReasons().stream().noneMatch(GateResult::passed));
        assertEquals(published.assessments().get(0).message(), published.reviewReasons().get(0).message());
    }

    @Test
    void readabilityProblemsAreListedWhenTheArticleGoesToReview() {
        // Three sentences in a row open on "le maire": bad, and the text's to fix.
        PublishedArticle published = enrich(article().section("Suite", "Le maire parle. Le maire répond. Le maire "
                + "applaudit."), 100);

        assertTrue(published.reviewReasons().stream().anyMatch(reason -> reason.code().equals("consecutive-sentences")),
                published.reviewReasons().toString());
    }

    @Test
    void theRewritesFailedGatesComeFirst() {
        PublishedArticle published = enrich(article().needsReview(GateResult.fail("min-words", "12 words")), 100);

        assertEquals(GateResult.fail("min-words", "12 words"), published.reviewReasons().get(0));
        assertEquals("seo-score", published.reviewReasons().get(1).code());
    }

    @Test
    void anAltTextTheSourceWroteIsNotRewritten() {
        ArticleBuilder withAlt = article().images(new ArticleImage("https://img.example.org/maire.jpg", CAPTION, null,
                "Le maire à vélo"));

        assertEquals("Le maire à vélo", enrich(withAlt, 100).images().get(0).alt());
    }
}
