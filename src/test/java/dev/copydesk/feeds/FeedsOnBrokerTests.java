package dev.copydesk.feeds;

import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.testing.KafkaBrokerResource;
import dev.copydesk.testing.KafkaTestClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A worker with feeds enabled reads the published topic on the real broker, without a consumer group, and serves
 * the news sitemap and the Atom feeds from the latest version of each key: published articles in, tombstoned and
 * no-longer-published ones out, an unreadable record skipped.
 */
@QuarkusTest
@TestProfile(FeedsOnBrokerTests.Profile.class)
class FeedsOnBrokerTests {

    static final String PREFIX = "it-feeds";
    private static final String TOPIC = PREFIX + ".published";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String HOSTILE = "Grève </title><script>alert(1)</script> & ]]> fin";
    private static final Instant NOW = Instant.now();

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theFeedsShowTheLatestPublishedVersionOfEachArticleFromTheTopic() throws Exception {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers())) {
            produce(kafka, FeedArticles.published("a1", "fr-FR", HOSTILE, ago(Duration.ofHours(1))));
            produce(kafka, FeedArticles.published("a2", "fr-FR", "Retiré", ago(Duration.ofHours(2))));
            kafka.produce(TOPIC, "a2:fr-FR", null);
            PublishedArticle a3 = FeedArticles.published("a3", "en-GB", "Sent back to review", ago(Duration.ofHours(3)));
            produce(kafka, a3);
            produce(kafka, FeedArticles.article("a3", "en-GB", ArticleStatus.NEEDS_REVIEW, a3.title(),
                    a3.canonicalUrl(), a3.source(), NOW));
            produce(kafka, FeedArticles.published("a4", "en-GB", "Three days old", ago(Duration.ofDays(3))));
            produce(kafka, FeedArticles.published("a5", "zh-TW", "環法自行車賽", ago(Duration.ofHours(4))));
            kafka.produce(TOPIC, "junk:fr-FR", "{not json".getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<byte[]> sitemap = awaitGet("sitemap-news.xml", response -> response.statusCode() == 200
                && locs(response.body()).equals(List.of(FeedArticles.SITE + "/fr-fr/a1", FeedArticles.SITE + "/zh-tw/a5")));
        assertEquals("application/xml;charset=UTF-8", normalised(sitemap.headers().firstValue("Content-Type")));
        assertEquals("public,max-age=60", sitemap.headers().firstValue("Cache-Control").orElseThrow().replace(" ", ""));
        FeedSchemas.assertValidSitemap(sitemap.body());
        Document document = FeedSchemas.parse(sitemap.body());
        assertEquals(List.of(HOSTILE, "環法自行車賽"), NewsSitemapTests.texts(document, NewsSitemap.NEWS_NS, "title"));
        assertEquals(List.of("fr", "zh-tw"), NewsSitemapTests.texts(document, NewsSitemap.NEWS_NS, "language"));
        assertEquals(List.of("Le Quotidien", "Le Quotidien"), NewsSitemapTests.texts(document, NewsSitemap.NEWS_NS, "name"));
        assertFalse(new String(sitemap.body(), StandardCharsets.UTF_8).contains("<script>"));

        HttpResponse<byte[]> english = awaitGet("feeds/en-gb.atom", response -> response.statusCode() == 200
                && titles(response.body()).equals(List.of("Three days old")));
        assertEquals("application/atom+xml;charset=UTF-8", normalised(english.headers().firstValue("Content-Type")));
        FeedSchemas.assertValidAtom(english.body());

        HttpResponse<byte[]> french = get("feeds/fr-FR.atom", Map.of());
        assertEquals(200, french.statusCode());
        FeedSchemas.assertValidAtom(french.body());
        assertEquals(List.of(HOSTILE), titles(french.body()), "a2 was tombstoned");

        String etag = french.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("feeds/fr-fr.atom", Map.of("If-None-Match", etag)).statusCode(),
                "an unchanged feed is not sent again");
    }

    @Test
    void anUnknownOrMalformedLocaleIsNotFoundWithAMessageThatSaysWhy() throws Exception {
        awaitGet("sitemap-news.xml", response -> response.statusCode() != 503);
        HttpResponse<byte[]> unknown = get("feeds/de-de.atom", Map.of());
        assertEquals(404, unknown.statusCode());
        assertEquals("No feed for locale de-DE: no article was published in it.\n", text(unknown));

        HttpResponse<byte[]> malformed = get("feeds/%3Cscript%3E.atom", Map.of());
        assertEquals(404, malformed.statusCode());
        assertTrue(text(malformed).startsWith("Not a locale"), text(malformed));
        assertFalse(text(malformed).contains("<script>"));

        HttpResponse<byte[]> notAtom = get("feeds/fr-fr.rss", Map.of());
        assertEquals(404, notAtom.statusCode());
        assertTrue(text(notAtom).startsWith("Feeds are at /feeds/{locale}.atom"), text(notAtom));
    }

    @Test
    void theReaderJoinsNoConsumerGroupAndCommitsNoOffsetOnThePublishedTopic() throws Exception {
        awaitGet("sitemap-news.xml", response -> response.statusCode() == 200);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
                Set<TopicPartition> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS).keySet();
                assertTrue(committed.stream().noneMatch(partition -> partition.topic().equals(TOPIC)),
                        group.groupId() + " committed offsets on " + TOPIC);
            }
        }
    }

    private static void produce(KafkaTestClient kafka, PublishedArticle article) {
        kafka.produce(TOPIC, article.key(), Json.write(article).getBytes(StandardCharsets.UTF_8));
    }

    /** GETs {@code path} until the answer matches, or fails after the timeout with the last answer. */
    private HttpResponse<byte[]> awaitGet(String path, Predicate<HttpResponse<byte[]>> expected) throws Exception {
        Instant deadline = Instant.now().plus(TIMEOUT);
        HttpResponse<byte[]> last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get(path, Map.of());
            if (expected.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        assertNotNull(last);
        throw new AssertionError("GET /" + path + " did not reach the expected answer within " + TIMEOUT
                + "; last: " + last.statusCode() + " " + new String(last.body(), StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(10)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> locs(byte[] xml) {
        return xml.length == 0 ? List.of()
                : NewsSitemapTests.texts(FeedSchemas.parse(xml), NewsSitemap.SITEMAP_NS, "loc");
    }

    private static List<String> titles(byte[] xml) {
        Document feed = FeedSchemas.parse(xml);
        return NewsSitemapTests.texts(feed, AtomFeed.ATOM_NS, "title").stream().skip(1).toList();
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String normalised(java.util.Optional<String> contentType) {
        return contentType.orElseThrow().replace(" ", "");
    }

    private static OffsetDateTime ago(Duration age) {
        return NOW.minus(age).atOffset(ZoneOffset.ofHours(1));
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            for (String topic : List.of("raw", "rewritten", "published", "metrics", "dlq", "review", "llm-cache")) {
                config.put("copydesk.topics." + topic, PREFIX + "." + topic);
            }
            config.put("copydesk.topics.rewrite-group", PREFIX + "-rewrite");
            config.put("copydesk.topics.seo-group", PREFIX + "-seo");
            config.put("copydesk.feeds.enabled", "true");
            config.put("copydesk.feeds.publication-name", "Le Quotidien");
            config.put("copydesk.seo.site-url", FeedArticles.SITE);
            return config;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaBrokerResource.class));
        }
    }
}
