package dev.copydesk.stages;

import dev.copydesk.kafka.Channels;
import dev.copydesk.kafka.DeadLetter;
import dev.copydesk.kafka.DeadLetters;
import dev.copydesk.kafka.SendFailedException;
import dev.copydesk.model.ArticleMetrics;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Section;
import dev.copydesk.support.Samples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each stage's Kafka method with its real collaborators, channels in memory. */
@QuarkusTest
@TestProfile(InMemoryStagesProfile.class)
class StageTests {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    DeadLetters deadLetters;

    @BeforeEach
    void clearSinks() {
        for (String channel : List.of(Channels.REWRITTEN_ARTICLES_OUT, Channels.PUBLISHED_ARTICLES,
                Channels.ARTICLE_METRICS, Channels.DEAD_LETTERS, Channels.REVIEW_ARTICLES)) {
            connector.sink(channel).clear();
        }
    }

    private static ConsumerRecord<String, byte[]> record(String topic, String key, byte[] value) {
        return new ConsumerRecord<>(topic, 0, 42L, key, value);
    }

    private static void awaitUntil(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 20 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    @Test
    void rewriteStageEmitsOneArticlePerLocaleAndOneMetricsEventEach() {
        String twoLocales = new String(Samples.seedBytes(), StandardCharsets.UTF_8)
                .replace("\"targetLocales\": [\n      \"fr-FR\"\n    ]", "\"targetLocales\": [\"fr-FR\", \"fr-CA\"]");
        connector.source(Channels.RAW_ARTICLES).send(record("articles.raw", "seed",
                twoLocales.getBytes(StandardCharsets.UTF_8)));

        InMemorySink<String> rewritten = connector.sink(Channels.REWRITTEN_ARTICLES_OUT);
        awaitUntil(() -> rewritten.received().size() == 2);
        List<String> keys = rewritten.received().stream().map(StageTests::key).toList();
        assertEquals(List.of("seed-fr-0001:fr-FR", "seed-fr-0001:fr-CA"), keys);
        RewrittenArticle first = Json.read(rewritten.received().get(0).getPayload(), RewrittenArticle.class);
        assertEquals(ArticleStatus.NEEDS_REVIEW, first.status());

        InMemorySink<String> metrics = connector.sink(Channels.ARTICLE_METRICS);
        awaitUntil(() -> metrics.received().size() == 2);
        assertTrue(metrics.received().stream()
                .map(message -> Json.read(message.getPayload(), ArticleMetrics.class))
                .allMatch(event -> event.stage().equals("rewrite")));
    }

    @Test
    void rewriteStageDeadLettersTheOriginalBytesWithTheReason() {
        byte[] original = "not json at all".getBytes(StandardCharsets.UTF_8);
        connector.source(Channels.RAW_ARTICLES).send(record("articles.raw", "bad", original));

        InMemorySink<byte[]> letters = connector.sink(Channels.DEAD_LETTERS);
        awaitUntil(() -> letters.received().size() == 1);
        Message<byte[]> letter = letters.received().get(0);
        assertArrayEquals(original, letter.getPayload());
        assertEquals("malformed-json", header(letter, DeadLetter.REASON_CODE));
        assertEquals("articles.raw", header(letter, DeadLetter.TOPIC));
        assertEquals("42", header(letter, DeadLetter.OFFSET));
        assertEquals(0, connector.sink(Channels.REWRITTEN_ARTICLES_OUT).received().size());
    }

    @Test
    void seoStagePublishesWhatTheRewriteStageMade() {
        connector.source(Channels.RAW_ARTICLES).send(record("articles.raw", "seed", Samples.seedBytes()));
        InMemorySink<String> rewritten = connector.sink(Channels.REWRITTEN_ARTICLES_OUT);
        awaitUntil(() -> rewritten.received().size() == 1);

        byte[] rewrittenJson = rewritten.received().get(0).getPayload().getBytes(StandardCharsets.UTF_8);
        connector.source(Channels.REWRITTEN_ARTICLES).send(record("articles.rewritten", "seed", rewrittenJson));
        InMemorySink<String> published = connector.sink(Channels.PUBLISHED_ARTICLES);
        awaitUntil(() -> published.received().size() == 1);
        PublishedArticle article = Json.read(published.received().get(0).getPayload(), PublishedArticle.class);
        assertEquals("seed-fr-0001:fr-FR", key(published.received().get(0)));
        assertEquals(ArticleStatus.NEEDS_REVIEW, article.status());
        assertEquals("NewsArticle", article.jsonLd().path("@type").asText());
    }

    @Test
    void seoStagePutsAnArticleItHoldsBackOnTheReviewTopicOnceOnly() {
        connector.source(Channels.RAW_ARTICLES).send(record("articles.raw", "seed", Samples.seedBytes()));
        InMemorySink<String> rewritten = connector.sink(Channels.REWRITTEN_ARTICLES_OUT);
        InMemorySink<String> review = connector.sink(Channels.REVIEW_ARTICLES);
        awaitUntil(() -> rewritten.received().size() == 1 && review.received().size() == 1);
        RewrittenArticle heldByGates = Json.read(rewritten.received().get(0).getPayload(), RewrittenArticle.class);
        // Passed every gate, but one short sentence scores under the SEO minimum (100 in this profile).
        RewrittenArticle passedGates = new RewrittenArticle(heldByGates.id(), heldByGates.locale(),
                heldByGates.sourceLanguage(), heldByGates.title(), "", List.of(new Section(null,
                List.of("Un texte court."))), List.of(), ArticleStatus.PUBLISHED, List.of(),
                heldByGates.seoHints(), heldByGates.source(), heldByGates.brief(), heldByGates.provenance());

        connector.source(Channels.REWRITTEN_ARTICLES).send(record("articles.rewritten", "seed",
                Json.write(heldByGates).getBytes(StandardCharsets.UTF_8)));
        connector.source(Channels.REWRITTEN_ARTICLES).send(record("articles.rewritten", "short",
                Json.write(passedGates).getBytes(StandardCharsets.UTF_8)));
        InMemorySink<String> published = connector.sink(Channels.PUBLISHED_ARTICLES);
        awaitUntil(() -> published.received().size() == 2);

        List<PublishedArticle> articles = published.received().stream()
                .map(message -> Json.read(message.getPayload(), PublishedArticle.class)).toList();
        assertTrue(articles.stream().allMatch(article -> article.status() == ArticleStatus.NEEDS_REVIEW),
                () -> articles.stream().map(article -> article.status() + " " + article.assessments().get(0)).toList()
                        .toString());
        assertEquals(2, review.received().size(), "the rewrite stage's record, then the SEO stage's for the short one");
        RewrittenArticle toReview = Json.read(review.received().get(1).getPayload(), RewrittenArticle.class);
        assertEquals(ArticleStatus.NEEDS_REVIEW, toReview.status());
        assertEquals(List.of("Un texte court."), toReview.sections().get(0).paragraphs());
        assertTrue(toReview.failedGates().stream().anyMatch(gate -> gate.code().equals("seo-score")),
                toReview.failedGates().toString());
    }

    @Test
    void seoStageDeadLettersARecordThatIsNotARewrittenArticle() {
        connector.source(Channels.REWRITTEN_ARTICLES).send(record("articles.rewritten", "x",
                "{\"id\": 3".getBytes(StandardCharsets.UTF_8)));
        InMemorySink<byte[]> letters = connector.sink(Channels.DEAD_LETTERS);
        awaitUntil(() -> letters.received().size() == 1);
        assertEquals("seo", header(letters.received().get(0), DeadLetter.STAGE));
        assertEquals("malformed-json", header(letters.received().get(0), DeadLetter.REASON_CODE));
    }

    /**
     * The classification both stages' catch-all blocks rely on: an Error (here the SEO stage's) is a dead letter
     * like any exception, while a broker failure goes through to nack the record.
     */
    @Test
    void anErrorIsDeadLetteredAsInternalErrorAndABrokerFailureGoesThrough() {
        InMemorySink<byte[]> letters = connector.sink(Channels.DEAD_LETTERS);
        letters.clear();
        ConsumerRecord<String, byte[]> record = record("articles.rewritten", "deep:fr-FR",
                "{}".getBytes(StandardCharsets.UTF_8));

        deadLetters.onFailure(new StackOverflowError(), record, "seo", "deep", "fr-FR", System.nanoTime());
        awaitUntil(() -> letters.received().size() == 1);
        assertEquals("internal-error", header(letters.received().get(0), DeadLetter.REASON_CODE));
        assertEquals("StackOverflowError: null", header(letters.received().get(0), DeadLetter.REASON));

        assertThrows(SendFailedException.class, () -> deadLetters.onFailure(
                new SendFailedException("broker gone", null), record, "seo", "deep", "fr-FR", System.nanoTime()));
        assertEquals(1, letters.received().size(), "a broker failure is not the record's fault");
    }

    private static String key(Message<?> message) {
        return message.getMetadata(OutgoingKafkaRecordMetadata.class).map(meta -> String.valueOf(meta.getKey()))
                .orElse(null);
    }

    private static String header(Message<?> message, String name) {
        OutgoingKafkaRecordMetadata<?> metadata = message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
        Header header = metadata.getHeaders().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
