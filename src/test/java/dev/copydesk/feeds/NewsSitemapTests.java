package dev.copydesk.feeds;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsSitemapTests {

    private static final String HOSTILE = "</news:title><script>alert(\"x\")</script> & ]]> <![CDATA[ \u0000\u0008 \uD800 fin";
    private static final Instant WRITTEN = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void aSitemapOfArticlesInSeveralLanguagesIsValidAgainstTheSitemapAndNewsSchemas() {
        byte[] xml = NewsSitemap.write(List.of(
                entry("a1", "fr-FR", "Le Tour de France part de Lille", "2026-11-29T09:30:00+01:00"),
                entry("a2", "zh-TW", "環法自行車賽從里爾出發", "2026-11-29T08:00:00Z"),
                entry("a3", "zh-Hans-CN", "环法自行车赛从里尔出发", "2026-11-29T07:00:00+08:00"),
                entry("a4", "en-GB", "The Tour de France starts in Lille", "2026-11-28T23:59:59-05:00")),
                "Le Quotidien & Co");
        FeedSchemas.assertValidSitemap(xml);

        Document sitemap = FeedSchemas.parse(xml);
        assertEquals(List.of("fr", "zh-tw", "zh-cn", "en"), texts(sitemap, NewsSitemap.NEWS_NS, "language"));
        assertEquals(List.of(FeedArticles.SITE + "/fr-fr/a1", FeedArticles.SITE + "/zh-tw/a2",
                FeedArticles.SITE + "/zh-hans-cn/a3", FeedArticles.SITE + "/en-gb/a4"),
                texts(sitemap, NewsSitemap.SITEMAP_NS, "loc"));
        assertEquals(List.of("2026-11-29T09:30:00+01:00", "2026-11-29T08:00:00Z", "2026-11-29T07:00:00+08:00",
                "2026-11-28T23:59:59-05:00"), texts(sitemap, NewsSitemap.NEWS_NS, "publication_date"));
        assertEquals("Le Quotidien & Co", texts(sitemap, NewsSitemap.NEWS_NS, "name").get(0));
    }

    @Test
    void aHostileTitleIsEscapedTextThatReadsBackAsItWasAndTheSitemapStaysValid() {
        byte[] xml = NewsSitemap.write(List.of(entry("a1", "fr-FR", HOSTILE, "2026-11-29T09:30:00+01:00")),
                "<b>Pub</b>");
        FeedSchemas.assertValidSitemap(xml);
        String raw = new String(xml, StandardCharsets.UTF_8);
        assertFalse(raw.contains("<script>"), raw);
        assertFalse(raw.contains("<b>"), raw);
        Document sitemap = FeedSchemas.parse(xml);
        assertEquals(XmlText.of(HOSTILE), texts(sitemap, NewsSitemap.NEWS_NS, "title").get(0));
        assertEquals("</news:title><script>alert(\"x\")</script> & ]]> <![CDATA[ fin",
                texts(sitemap, NewsSitemap.NEWS_NS, "title").get(0));
        assertEquals("<b>Pub</b>", texts(sitemap, NewsSitemap.NEWS_NS, "name").get(0));
    }

    /**
     * With no article in the last 48 hours the sitemap is an empty urlset, as news sitemaps commonly are between
     * publications: well-formed, but the sitemaps.org schema wants at least one url, so it is not schema-valid.
     */
    @Test
    void withoutArticlesTheSitemapIsAnEmptyUrlsetWhichTheSchemaAloneFaults() {
        byte[] xml = NewsSitemap.write(List.of(), "copydesk");
        Document sitemap = FeedSchemas.parse(xml);
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        assertEquals(NewsSitemap.SITEMAP_NS, sitemap.getDocumentElement().getNamespaceURI());
        assertEquals(0, sitemap.getDocumentElement().getChildNodes().getLength());
        AssertionError invalid = assertThrows(AssertionError.class, () -> FeedSchemas.assertValidSitemap(xml));
        assertTrue(invalid.getMessage().contains("urlset' is not complete"), invalid.getMessage());
    }

    @Test
    void theSchemasRejectWhatGoogleWouldRejectSoTheValidationAboveCanFail() {
        String valid = new String(NewsSitemap.write(List.of(entry("a1", "fr-FR", "Titre", "2026-11-29T09:30:00+01:00")),
                "copydesk"), StandardCharsets.UTF_8);
        for (String broken : List.of(
                valid.replace("<news:language>fr</news:language>", "<news:language>fr-FR</news:language>"),
                valid.replace("2026-11-29T09:30:00+01:00", "2026-11-29T09:30:00"),
                valid.replace("<news:title>Titre</news:title>", ""),
                valid.replace("https://news.example.org/fr-fr/a1", "x"))) {
            assertThrows(AssertionError.class,
                    () -> FeedSchemas.assertValidSitemap(broken.getBytes(StandardCharsets.UTF_8)), broken);
        }
    }

    private static FeedEntry entry(String id, String locale, String title, String publishedAt) {
        return FeedArticles.entry(FeedArticles.published(id, locale, title, OffsetDateTime.parse(publishedAt)), WRITTEN);
    }

    static List<String> texts(Document document, String namespace, String name) {
        var nodes = document.getElementsByTagNameNS(namespace, name);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> ((Element) nodes.item(i)).getTextContent()).toList();
    }
}
