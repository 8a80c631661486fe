package dev.copydesk.seo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Assessment;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.language.Words;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.copydesk.seo.FrenchCyclingArticle.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeoEnricherTests {

    private static final SeoSettings SETTINGS = new SeoSettings(60, Optional.of("https://news.example.com/"), "copydesk");
    /** What the slug rules make of {@link FrenchCyclingArticle#TITLE}: "de" and "d'ici" are stop words. */
    private static final String SLUG = "lyon-va-tripler-son-reseau-pistes-cyclables-2030";
    private static final String CANONICAL = "https://news.example.com/fr-fr/" + SLUG;
    /** The standfirst's first sentence (130 characters); adding the second would exceed 156. */
    private static final String META = "La métropole de Lyon a présenté jeudi un plan de 120 millions d'euros pour "
            + "tripler la longueur de ses pistes cyclables d'ici 2030.";

    private final SeoEnricher enricher = new SeoEnricher(SETTINGS);

    @Test
    void isDeterministic() {
        RewrittenArticle article = FrenchCyclingArticle.builder().build();

        String first = Json.write(new SeoEnricher(SETTINGS).enrich(article));
        String second = Json.write(new SeoEnricher(SETTINGS).enrich(FrenchCyclingArticle.builder().build()));

        assertTrue(first.contains("\"slug\":\"" + SLUG + "\""), first);
        assertEquals(first, second);
    }

    @Test
    void writesOpenGraphTagsInSortedOrderSoTheJsonIsTheSameInEveryRun() {
        // Hash-ordered maps would serialise differently from one JVM start to the next.
        String json = Json.write(enricher.enrich(FrenchCyclingArticle.builder().build()));

        assertTrue(json.contains("\"openGraph\":{\"article:published_time\":\"2025-03-14T09:30:00+01:00\","
                + "\"og:description\":"), json);
        assertTrue(json.indexOf("\"og:type\"") < json.indexOf("\"og:url\"")
                && json.indexOf("\"og:url\"") < json.indexOf("\"twitter:card\""), json);
    }

    @Test
    void frenchArticleMeetsEveryConstraint() {
        PublishedArticle published = enricher.enrich(FrenchCyclingArticle.builder().build());

        assertEquals("wire-2025-0314-lyon", published.id());
        assertEquals("fr-FR", published.locale());
        assertEquals(ArticleStatus.PUBLISHED, published.status());
        assertEquals(List.of(), published.reviewReasons());
        assertEquals(TITLE, published.title());

        assertEquals(SUGGESTED_KEYPHRASE, published.keyphrase());
        // The title already has the keyphrase and fits in 60 characters: it is kept as it is.
        assertEquals(TITLE, published.seoTitle());
        assertEquals(META, published.metaDescription());
        assertEquals(130, published.metaDescription().length());
        assertEquals(SLUG, published.slug());

        int expectedWords = Words.count(Stream.of(Stream.of(STANDFIRST, BUDGET_HEADING, MERCHANTS_HEADING,
                SCHEDULE_HEADING, FIGURES_HEADING), Stream.of(INTRODUCTION), Stream.of(BUDGET), Stream.of(MERCHANTS),
                Stream.of(SCHEDULE), Stream.of(FIGURES)).flatMap(s -> s).toList());
        assertTrue(expectedWords >= 700, "the fixture must be a full-length article: " + expectedWords);
        assertEquals(expectedWords, published.wordCount());
        assertEquals(4, published.h2Count());

        assertMarkdown(published.markdown());
        assertHtml(published.html());
        assertJsonLd(published.jsonLd(), expectedWords);
        assertOpenGraph(published.openGraph());
        assertImages(published.images());
        assertAssessments(published.assessments());

        assertEquals(FrenchCyclingArticle.builder().build().source(), published.source());
        assertEquals(ArticleBuilder.PROVENANCE, published.provenance().rewrite());
        assertEquals("seo-rules", published.provenance().seo().engine());
        assertEquals(SeoEnricher.RULES_VERSION, published.provenance().seo().rulesVersion());
        assertEquals(0, published.provenance().seo().latencyMs());
    }

    private static void assertMarkdown(String markdown) {
        assertTrue(markdown.startsWith("# " + TITLE + "\n\n" + STANDFIRST + "\n\n![Une piste cyclable"), markdown);
        assertTrue(markdown.endsWith("\n\nSource : [Agence Exemple](" + SOURCE_URL + ")\n"), markdown);
        assertEquals(4, markdown.lines().filter(line -> line.startsWith("## ")).count());
        assertEquals(1, markdown.lines().filter(line -> line.startsWith("# ")).count());
        for (String paragraph : MERCHANTS) {
            assertTrue(markdown.contains("\n\n" + paragraph + "\n\n"), paragraph);
        }
    }

    private static void assertHtml(String html) {
        Document page = Jsoup.parseBodyFragment(html);
        assertEquals(List.of(TITLE), page.select("h1").eachText());
        assertEquals(List.of(BUDGET_HEADING, MERCHANTS_HEADING, SCHEDULE_HEADING, FIGURES_HEADING),
                page.select("h2").eachText());
        assertEquals(List.of(LEAD_IMAGE_URL, SECOND_IMAGE_URL), page.select("img").eachAttr("src"));
        assertFalse(html.contains("<script"));
        Element citation = page.select("a").last();
        assertEquals(SOURCE_URL, citation.attr("href"));
        assertEquals("nofollow noopener", citation.attr("rel"));
        assertEquals("Source : Agence Exemple", citation.parent().text());
    }

    private static void assertJsonLd(JsonNode jsonLd, int words) {
        List<String> fields = new ArrayList<>();
        jsonLd.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("@context", "@type", "headline", "description", "inLanguage", "datePublished",
                "dateModified", "author", "publisher", "image", "isBasedOn", "wordCount", "keywords",
                "mainEntityOfPage", "url"), fields);
        assertEquals("NewsArticle", jsonLd.get("@type").asText());
        assertEquals(TITLE, jsonLd.get("headline").asText());
        assertEquals(META, jsonLd.get("description").asText());
        assertEquals("fr-FR", jsonLd.get("inLanguage").asText());
        assertEquals("2025-03-14T09:30:00+01:00", jsonLd.get("datePublished").asText());
        assertEquals("2025-03-14T09:30:00+01:00", jsonLd.get("dateModified").asText());
        assertEquals("Jeanne Martin", jsonLd.get("author").get("name").asText());
        assertEquals("Agence Exemple", jsonLd.get("publisher").get("name").asText());
        assertEquals(2, jsonLd.get("image").size());
        assertEquals(SOURCE_URL, jsonLd.get("isBasedOn").asText());
        assertEquals(words, jsonLd.get("wordCount").asInt());
        assertEquals(SUGGESTED_KEYPHRASE, jsonLd.get("keywords").asText());
        assertEquals(CANONICAL, jsonLd.get("mainEntityOfPage").asText());
        assertEquals(CANONICAL, jsonLd.get("url").asText());
    }

    private static void assertOpenGraph(Map<String, String> openGraph) {
        assertEquals(Map.of("og:title", TITLE, "og:description", META, "og:type", "article", "og:locale", "fr_FR",
                "og:url", CANONICAL, "og:image", LEAD_IMAGE_URL, "article:published_time", "2025-03-14T09:30:00+01:00",
                "twitter:card", "summary_large_image", "twitter:title", TITLE, "twitter:description", META), openGraph);
    }

    private static void assertImages(List<ArticleImage> images) {
        assertEquals(2, images.size());
        String leadAlt = images.get(0).alt();
        assertTrue(leadAlt.length() <= 125 && LEAD_IMAGE_CAPTION.startsWith(leadAlt + " "), leadAlt);
        assertEquals("Une piste cyclable bidirectionnelle sur les quais du Rhône, à Lyon, un matin de semaine, "
                + "quelques minutes avant l'heure", leadAlt);
        assertEquals(SECOND_IMAGE_ALT, images.get(1).alt());
    }

    private static void assertAssessments(List<Assessment> assessments) {
        // The fixture's own style: news sentences, long and few of them linked or active, and subheadings that do
        // not name the keyphrase. SEO (9 × 11 + 3 + 6) / 117 = 92 %; readability, Yoast's way: three checks bad,
        // 9 penalty points (over 6), so 30.
        assertEquals(List.of("seo-score:9", "readability-score:3", "keyphrase-length:9", "keyphrase-in-introduction:9",
                        "keyphrase-density:9", "keyphrase-in-meta-description:9", "keyphrase-in-subheadings:3",
                        "keyphrase-in-title:6", "keyphrase-in-slug:9", "text-length:9", "seo-title-width:9",
                        "meta-description-length:9", "single-h1:9", "outbound-links:6", "image-alt-text:9",
                        "subheading-distribution:9", "paragraph-length:9", "sentence-length:3", "passive-voice:3",
                        "transition-words:3", "consecutive-sentences:9", "flesch-reading-ease:9"),
                assessments.stream().map(assessment -> assessment.id() + ":" + assessment.score()).toList());
        assertEquals("SEO score 90/100 over 13 assessments.", assessments.get(0).message());
        assertEquals("Readability score 30/100 over 7 assessments.", assessments.get(1).message());
        assertTrue(assessments.stream().allMatch(assessment -> assessment.message().endsWith(".")));
    }

    @Test
    void extractsAKeyphraseWhenNothingSuggestsOne() {
        PublishedArticle published = enricher.enrich(FrenchCyclingArticle.builder().hints(null, null, null).build());

        assertEquals("pistes cyclables", published.keyphrase());
    }

    @Test
    void aReviewedArticleKeepsItsFailedGatesAsReasons() {
        PublishedArticle published = enricher.enrich(FrenchCyclingArticle.needingReview().build());

        assertEquals(ArticleStatus.NEEDS_REVIEW, published.status());
        assertEquals(List.of(GateResult.fail("min-words", "612 words, 700 asked")), published.reviewReasons());
    }

    @Test
    void writesNoCanonicalUrlWithoutASiteUrl() {
        PublishedArticle published = new SeoEnricher(SeoSettings.defaults()).enrich(FrenchCyclingArticle.builder().build());

        assertFalse(published.jsonLd().has("url"));
        assertFalse(published.openGraph().containsKey("og:url"));
    }

    @Test
    void withLatencyChangesOnlyTheSeoLatency() {
        PublishedArticle published = enricher.enrich(FrenchCyclingArticle.builder().build());

        PublishedArticle timed = SeoEnricher.withLatency(published, 42);

        assertEquals(42, timed.provenance().seo().latencyMs());
        assertNotEquals(published, timed);
        assertEquals(published, SeoEnricher.withLatency(timed, 0));
    }

    @Test
    void survivesTheWireFormat() {
        PublishedArticle published = enricher.enrich(FrenchCyclingArticle.builder().build());

        assertEquals(published, Json.read(Json.write(published), PublishedArticle.class));
    }

    @Test
    void rejectsAnArticleWithoutATitle() {
        RewrittenArticle untitled = FrenchCyclingArticle.builder().title(" ").build();

        assertThrows(IllegalArgumentException.class, () -> enricher.enrich(untitled));
    }

    @Test
    void enrichesAnEnglishArticleWithoutStandfirstImagesOrSource() {
        PublishedArticle published = new SeoEnricher(SeoSettings.defaults()).enrich(new ArticleBuilder()
                .locale("en-GB").title("Council backs new bike lanes")
                .section(null, "The city council voted on Thursday to triple the length of its bike lanes by 2030.")
                .briefKeyphrase("cycling plan").source(null).build());

        assertEquals("Cycling plan: Council backs new bike lanes", published.seoTitle());
        assertEquals("cycling-plan-council-backs-new-bike-lanes", published.slug());
        assertEquals("en_GB", published.openGraph().get("og:locale"));
        assertEquals("summary", published.openGraph().get("twitter:card"));
        assertEquals("copydesk", published.jsonLd().get("publisher").get("name").asText());
        assertEquals(Words.count("The city council voted on Thursday to triple the length of its bike lanes by 2030."),
                published.wordCount());
    }
}
