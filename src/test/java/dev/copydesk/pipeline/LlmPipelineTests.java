package dev.copydesk.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.kafka.DeadLetter;
import dev.copydesk.model.ArticleMetrics;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.support.Samples;
import dev.copydesk.testing.KafkaTestClient;
import dev.copydesk.testing.OpenAiStubResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Acceptance of the backbone on a real Kafka broker, with the LLM reached over HTTP (a local stub). */
@QuarkusTest
@TestProfile(LlmPipelineProfile.class)
class LlmPipelineTests extends LlmPipelineTestBase {

    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(60);

    /** The seed sample under a fresh id, so each test follows its own article. */
    private static byte[] seedWithId(String id) {
        return Samples.seedAs(id);
    }

    private PublishedArticle awaitPublished(String id) {
        ConsumerRecord<String, byte[]> record = topics.await(topics.published,
                PipelineTopics.keyed(id + ":fr-FR"), 1, PUBLISH_TIMEOUT).get(0);
        return Json.read(record.value(), PublishedArticle.class);
    }

    @Test
    void seedSampleGoesFromRawToPublished() {
        topics.produce("seed-1", seedWithId("seed-1"));

        PublishedArticle article = awaitPublished("seed-1");
        assertEquals("fr-FR", article.locale());
        assertEquals(ArticleStatus.PUBLISHED, article.status(), "review reasons: " + article.reviewReasons());
        assertTrue(article.wordCount() >= 700, "words: " + article.wordCount());
        assertTrue(article.h2Count() >= 3, "h2: " + article.h2Count());
        assertTrue(article.seoTitle().length() <= 60, article.seoTitle());
        int metaLength = article.metaDescription().length();
        assertTrue(metaLength >= 120 && metaLength <= 156, metaLength + ": " + article.metaDescription());
        assertTrue(article.slug().matches("[a-z0-9]+(-[a-z0-9]+)*") && article.slug().length() <= 75, article.slug());
        JsonNode jsonLd = article.jsonLd();
        assertEquals("NewsArticle", jsonLd.path("@type").asText());
        assertTrue(jsonLd.path("@context").asText().contains("schema.org"));
        assertFalse(jsonLd.path("headline").asText().isBlank());
        assertEquals("llm", article.provenance().rewrite().engine());
        assertTrue(article.provenance().rewrite().tokensOut() > 0);

        Map<String, List<ArticleMetrics>> byStage = topics.await(topics.metrics,
                        PipelineTopics.keyed("seed-1:fr-FR"), 2, PUBLISH_TIMEOUT).stream()
                .map(record -> Json.read(record.value(), ArticleMetrics.class))
                .collect(Collectors.groupingBy(ArticleMetrics::stage));
        assertEquals(1, byStage.get("rewrite").size());
        assertEquals(1, byStage.get("seo").size());
    }

    @Test
    void anUnclosedQuoteBeforeALongParagraphEndsWithAnOutcomeAndTheNextArticlePublishes() {
        // Before issue 8 the quotation pattern overflowed the stack on this body and stopped the channel.
        String seed = new String(seedWithId("quote-1"), java.nio.charset.StandardCharsets.UTF_8);
        String hostile = seed.replace("\"body\": \"", "\"body\": \"Il a dit ‘" + "non ".repeat(1_500).strip() + "\\n\\n");
        topics.produce("quote-1", hostile.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        topics.produce("after-quote-1", seedWithId("after-quote-1"));

        awaitPublished("quote-1");
        assertEquals(ArticleStatus.PUBLISHED, awaitPublished("after-quote-1").status());
    }

    @Test
    void malformedRecordIsDeadLetteredWithItsReasonAndTheNextOnePublishes() {
        byte[] malformed = "{\"id\": \"broken-1\", \"body\": ".getBytes(StandardCharsets.UTF_8);
        topics.produce("broken-1", malformed);
        topics.produce("after-broken", seedWithId("after-broken"));

        ConsumerRecord<String, byte[]> letter = topics.await(topics.dlq, PipelineTopics.keyed("broken-1"), 1,
                PUBLISH_TIMEOUT).get(0);
        assertArrayEquals(malformed, letter.value(), "the original bytes, unchanged");
        assertEquals("malformed-json", KafkaTestClient.header(letter, DeadLetter.REASON_CODE));
        assertFalse(KafkaTestClient.header(letter, DeadLetter.REASON).isBlank());
        assertEquals("rewrite", KafkaTestClient.header(letter, DeadLetter.STAGE));
        assertEquals(topics.raw, KafkaTestClient.header(letter, DeadLetter.TOPIC));
        assertTrue(KafkaTestClient.header(letter, DeadLetter.OFFSET).matches("\\d+"));

        assertEquals(ArticleStatus.PUBLISHED, awaitPublished("after-broken").status());
    }

    @Test
    void missingBodyAndUnsupportedLocaleAreDeadLetteredWithSpecificReasons() {
        topics.produce("no-body", "{\"id\": \"no-body\", \"title\": \"t\"}".getBytes(StandardCharsets.UTF_8));
        topics.produce("bad-locale", ("{\"id\": \"bad-locale\", \"body\": \"Un texte.\", "
                + "\"brief\": {\"targetLocales\": [\"tlh-QO\"]}}").getBytes(StandardCharsets.UTF_8));

        Map<String, String> reasons = topics.await(topics.dlq,
                        record -> List.of("no-body", "bad-locale").contains(record.key()), 2, PUBLISH_TIMEOUT)
                .stream().collect(Collectors.toMap(ConsumerRecord::key,
                        record -> KafkaTestClient.header(record, DeadLetter.REASON_CODE), (a, b) -> a));
        assertEquals("missing-field:body", reasons.get("no-body"));
        assertEquals("unsupported-locale", reasons.get("bad-locale"));
    }

    @Test
    void llmFailingTwiceIsRetriedAndTheArticlePublishedWithNothingDeadLettered() {
        llm.failNext(2, 500);
        topics.produce("flaky-1", seedWithId("flaky-1"));

        PublishedArticle article = awaitPublished("flaky-1");
        // the first 500 is checked with a canary, which gets the second: an outage, retried without limit
        assertEquals(2, article.provenance().rewrite().attempts());
        assertEquals(3, llm.requestCount());
        assertTrue(topics.readFor(topics.dlq, PipelineTopics.keyed("flaky-1"), Duration.ofSeconds(2)).isEmpty(),
                "nothing dead-lettered");
    }

    @Test
    void theApiKeyAppearsInNoEvent() {
        topics.produce("secret-1", seedWithId("secret-1"));
        awaitPublished("secret-1");
        Function<String, Boolean> leaks = topic -> topics.readFor(topic, record -> true, Duration.ofSeconds(1))
                .stream().anyMatch(record -> new String(record.value(), StandardCharsets.UTF_8)
                        .contains(OpenAiStubResource.API_KEY));
        assertFalse(leaks.apply(topics.rewritten));
        assertFalse(leaks.apply(topics.published));
        assertFalse(leaks.apply(topics.metrics));
    }
}
