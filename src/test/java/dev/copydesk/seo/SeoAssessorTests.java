package dev.copydesk.seo;

import dev.copydesk.model.Assessment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SeoAssessorTests {

    private static final String KEYPHRASE = "pistes cyclables";
    private final SeoAssessor assessor = new SeoAssessor(60);

    /** A paragraph of {@code words} words, none of them the keyphrase. */
    private static String filler(int words) {
        return "mot ".repeat(words).strip();
    }

    private static Assessment find(List<Assessment> assessments, String id) {
        return assessments.stream().filter(assessment -> assessment.id().equals(id)).findFirst().orElseThrow();
    }

    private List<Assessment> assess(ArticleText text, String seoTitle, String meta, String slug) {
        return assessor.assess(new SeoAssessor.Produced(text, 700, seoTitle, meta, slug, KEYPHRASE));
    }

    private Assessment assessText(String id, ArticleText text) {
        return find(assess(text, "Titre", "", "slug"), id);
    }

    @Test
    void makesTheEightFirstCutAssessmentsInAFixedOrder() {
        List<Assessment> assessments = assess(new ArticleBuilder().section(null, "Texte.").text(), "Titre", "", "slug");

        assertEquals(List.of("text-length", "subheadings", "seo-title-length", "meta-description-length",
                "keyphrase-in-introduction", "keyphrase-in-title", "keyphrase-in-slug", "keyphrase-density"),
                assessments.stream().map(Assessment::id).toList());
    }

    @Test
    void scoresTextLengthAgainstTheBriefAndA300WordFloor() {
        assertEquals(9, assessText("text-length", new ArticleBuilder().section(null, filler(700)).text()).score());
        assertEquals(6, assessText("text-length", new ArticleBuilder().section(null, filler(699)).text()).score());
        assertEquals(6, assessText("text-length", new ArticleBuilder().section(null, filler(300)).text()).score());
        Assessment tooShort = assessText("text-length", new ArticleBuilder().section(null, filler(299)).text());
        assertEquals(3, tooShort.score());
        assertEquals("bad", tooShort.rating());
        assertEquals("The text has 299 words; the brief asks for at least 700.", tooShort.message());
    }

    @Test
    void scoresSubheadingsAtOnePer300Words() {
        // Headings are counted words: 598 + 2 = 600 words want 2 subheadings; 599 + 1 = 600 words have only 1.
        Assessment enough = assessText("subheadings",
                new ArticleBuilder().section("Un", filler(299)).section("Deux", filler(299)).text());
        assertEquals(9, enough.score());
        assertEquals("The text has 2 subheadings for 600 words; at least 2 are recommended (one per 300 words).",
                enough.message());
        assertEquals(6, assessText("subheadings", new ArticleBuilder().section("Un", filler(599)).text()).score());
        assertEquals(2, assessText("subheadings", new ArticleBuilder().section(null, filler(100)).text()).score());
    }

    @Test
    void scoresTheSeoTitleLength() {
        ArticleText text = new ArticleBuilder().section(null, "Texte.").text();
        Assessment good = find(assess(text, "x".repeat(30), "", "s"), "seo-title-length");
        assertEquals(9, good.score());
        assertEquals("The SEO title has 30 characters; aim for 30 to 60.", good.message());
        assertEquals(6, find(assess(text, "x".repeat(29), "", "s"), "seo-title-length").score());
        assertEquals(3, find(assess(text, "x".repeat(61), "", "s"), "seo-title-length").score());
    }

    @Test
    void scoresTheMetaDescriptionLength() {
        ArticleText text = new ArticleBuilder().section(null, "Texte.").text();
        assertEquals(9, find(assess(text, "T", "x".repeat(120), "s"), "meta-description-length").score());
        assertEquals(9, find(assess(text, "T", "x".repeat(156), "s"), "meta-description-length").score());
        assertEquals(6, find(assess(text, "T", "x".repeat(157), "s"), "meta-description-length").score());
        assertEquals(6, find(assess(text, "T", "x".repeat(119), "s"), "meta-description-length").score());
        assertEquals(1, find(assess(text, "T", "", "s"), "meta-description-length").score());
    }

    @Test
    void looksForTheKeyphraseInTheStandfirstOrFirstParagraph() {
        assertEquals(9, assessText("keyphrase-in-introduction",
                new ArticleBuilder().standfirst("Les Pistes Cyclables.").section(null, "Autre.").text()).score());
        assertEquals(9, assessText("keyphrase-in-introduction",
                new ArticleBuilder().standfirst("Autre.").section(null, "Des pistes cyclables.").text()).score());
        // Split between standfirst and first paragraph does not count: neither names the keyphrase.
        assertEquals(3, assessText("keyphrase-in-introduction", new ArticleBuilder().standfirst("Les pistes.")
                .section(null, "Cyclables.", "Les pistes cyclables.").text()).score());
    }

    @Test
    void rewardsAKeyphraseAtTheStartOfTheSeoTitle() {
        ArticleText text = new ArticleBuilder().section(null, "Texte.").text();
        assertEquals(9, find(assess(text, "Pistes cyclables : Lyon voit grand", "", "s"), "keyphrase-in-title").score());
        Assessment inside = find(assess(text, "Lyon et ses pistes cyclables", "", "s"), "keyphrase-in-title");
        assertEquals(6, inside.score());
        assertEquals("The SEO title contains, but does not start with, the keyphrase 'pistes cyclables'.", inside.message());
        assertEquals(2, find(assess(text, "Lyon voit grand", "", "s"), "keyphrase-in-title").score());
    }

    @Test
    void countsKeyphraseWordsInTheSlug() {
        ArticleText text = new ArticleBuilder().section(null, "Texte.").text();
        assertEquals(9, find(assess(text, "T", "", "lyon-pistes-cyclables"), "keyphrase-in-slug").score());
        Assessment half = find(assess(text, "T", "", "lyon-pistes"), "keyphrase-in-slug");
        assertEquals(6, half.score());
        assertEquals("The slug 'lyon-pistes' has 1 of the 2 keyphrase words.", half.message());
        assertEquals(3, find(assess(text, "T", "", "lyon-velo"), "keyphrase-in-slug").score());
    }

    @Test
    void scoresKeyphraseDensityBetweenHalfAndThreePercent() {
        // 198 filler words + 2 keyphrase words = 200 words: 1 occurrence is 0.5 %.
        Assessment lowest = assessText("keyphrase-density",
                new ArticleBuilder().section(null, filler(198) + " pistes cyclables").text());
        assertEquals(9, lowest.score());
        assertEquals("Keyphrase occurrences: 1 in 200 words (0.5 %); aim for 0.5 to 3.0 %.", lowest.message());

        assertEquals(6, assessText("keyphrase-density",
                new ArticleBuilder().section(null, filler(200) + " pistes cyclables").text()).score());
        assertEquals(3, assessText("keyphrase-density", new ArticleBuilder().section(null, filler(200)).text()).score());
        // 7 occurrences in 100 words is 7 %.
        assertEquals(4, assessText("keyphrase-density",
                new ArticleBuilder().section(null, filler(86) + " pistes cyclables".repeat(7)).text()).score());
    }
}
