package dev.copydesk.pipeline;

import dev.copydesk.kafka.DeadLetter;
import dev.copydesk.model.Json;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.support.HostileInputs;
import dev.copydesk.support.Samples;

import static dev.copydesk.support.HostileInputs.articleWithBody;
import static dev.copydesk.support.HostileInputs.bytes;
import static dev.copydesk.support.HostileInputs.distinctParagraphs;
import dev.copydesk.testing.KafkaTestClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per class of poison record, on a real broker: the record ends on the dead-letter topic with its reason
 * (or as a fallback dead letter), the consumer group commits past it, a normal article sent after it on the same
 * partition is published, and liveness stays UP. Each wait has a deadline; none is a sleep.
 */
@QuarkusTest
@TestProfile(PoisonPipelineProfile.class)
class PoisonRecordTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String REWRITE_GROUP = PoisonPipelineProfile.PREFIX + "-rewrite";
    private static final String SEO_GROUP = PoisonPipelineProfile.PREFIX + "-seo";

    @TestHTTPResource("/q/health/live")
    URL liveness;

    private PipelineTopics topics;

    @BeforeEach
    void connect() {
        topics = new PipelineTopics(PoisonPipelineProfile.PREFIX);
    }

    @AfterEach
    void disconnect() {
        topics.close();
    }

    // ---- articles.rewritten (SEO stage) -------------------------------------------------------------------------

    @Test
    void aJsonNullOnTheRewrittenTopicIsDeadLetteredAndTheStreamGoesOn() {
        String next = "after-json-null";
        Poison poison = onRewrittenBefore(next, "json-null:fr-FR", bytes("null"));

        ConsumerRecord<String, byte[]> letter = awaitDeadLetter(poison);
        assertEquals("malformed-json", KafkaTestClient.header(letter, DeadLetter.REASON_CODE));
        assertEquals("seo", KafkaTestClient.header(letter, DeadLetter.STAGE));
        assertArrayEquals(bytes("null"), letter.value(), "the original bytes");
        assertTheStreamGoesOn(poison, next);
    }

    @Test
    void aTombstoneAnEmptyValueAndGarbageOnTheRewrittenTopicAreDeadLetteredAndTheStreamGoesOn() {
        String next = "after-rewritten-garbage";
        List<Poison> poisons = List.of(
                onRewrittenBefore(next, "tombstone:fr-FR", null),
                onRewrittenBefore(next, "empty:fr-FR", new byte[0]),
                onRewrittenBefore(next, "garbage:fr-FR", HostileInputs.rewrittenGarbage()));

        for (Poison poison : poisons) {
            ConsumerRecord<String, byte[]> letter = awaitDeadLetter(poison);
            assertEquals("malformed-json", KafkaTestClient.header(letter, DeadLetter.REASON_CODE), poison.key());
            assertEquals("seo", KafkaTestClient.header(letter, DeadLetter.STAGE));
        }
        assertTheStreamGoesOn(poisons.get(poisons.size() - 1), next);
    }

    @Test
    void anArticleTooLargeToPublishIsDeadLetteredAsOutputTooLarge() {
        // ~64 kB of text makes a ~67 kB rewritten article (accepted) and a ~140 kB published one (over 100 kB).
        String id = "too-large-to-publish";
        byte[] raw = articleWithBody(id, distinctParagraphs(400), List.of("fr-FR"));
        String next = idOnTheSamePartition(topics.rewritten, id + ":fr-FR", "after-too-large-to-publish-");
        topics.produce(topics.raw, topics.partitionOf(topics.raw, id), id, raw);

        ConsumerRecord<String, byte[]> letter = topics.await(topics.dlq, PipelineTopics.keyed(id + ":fr-FR"), 1,
                TIMEOUT).get(0);
        assertEquals("output-too-large", KafkaTestClient.header(letter, DeadLetter.REASON_CODE));
        assertEquals("seo", KafkaTestClient.header(letter, DeadLetter.STAGE));
        assertEquals("fr-FR", KafkaTestClient.header(letter, DeadLetter.LOCALE));
        assertTrue(KafkaTestClient.header(letter, DeadLetter.REASON).contains("published article"),
                KafkaTestClient.header(letter, DeadLetter.REASON));
        assertEquals(id, Json.read(letter.value(), RewrittenArticle.class).id(), "the rewritten record, whole");

        int partition = Integer.parseInt(KafkaTestClient.header(letter, DeadLetter.PARTITION));
        long rewrittenOffset = Long.parseLong(KafkaTestClient.header(letter, DeadLetter.OFFSET));
        assertTheStreamGoesOn(new Poison(topics.rewritten, partition, rewrittenOffset, id + ":fr-FR", SEO_GROUP),
                next);
    }

    // ---- articles.raw (rewrite stage) ---------------------------------------------------------------------------

    @Test
    void anEmptyValueAJsonNullAndGarbageOnTheRawTopicAreDeadLetteredAndTheStreamGoesOn() {
        String next = "after-raw-garbage";
        List<Poison> poisons = List.of(
                onRawBefore(next, "raw-empty", new byte[0]),
                onRawBefore(next, "raw-json-null", bytes("null")),
                onRawBefore(next, "raw-garbage", HostileInputs.rawGarbage()));

        for (Poison poison : poisons) {
            ConsumerRecord<String, byte[]> letter = awaitDeadLetter(poison);
            assertEquals("malformed-json", KafkaTestClient.header(letter, DeadLetter.REASON_CODE), poison.key());
            assertEquals("rewrite", KafkaTestClient.header(letter, DeadLetter.STAGE));
        }
        assertTheStreamGoesOn(poisons.get(poisons.size() - 1), next);
    }

    @Test
    void tooManyTargetLocalesAreDeadLetteredBeforeAnyRewrite() {
        String next = "after-too-many-locales";
        String id = "too-many-locales";
        List<String> locales = List.of("fr-FR", "fr-CA", "fr-BE", "en-GB");
        Poison poison = onRawBefore(next, id, articleWithBody(id, distinctParagraphs(5), locales));

        ConsumerRecord<String, byte[]> letter = awaitDeadLetter(poison);
        assertEquals("too-many-target-locales", KafkaTestClient.header(letter, DeadLetter.REASON_CODE));
        assertTrue(KafkaTestClient.header(letter, DeadLetter.REASON).contains("copydesk.ingest.max-target-locales"));
        assertTheStreamGoesOn(poison, next);
        assertTrue(topics.readFor(topics.rewritten, record -> record.key().startsWith(id + ":"), Duration.ofSeconds(1))
                .isEmpty(), "no locale of it was rewritten");
    }

    /**
     * ~155 kB of text makes a rewritten article over the 150 kB limit (output-too-large), and the raw record, over
     * the dead-letter limit of 120 kB, cannot be dead-lettered whole either: a fallback dead letter carries its first
     * 4 kB and says where the original is.
     */
    @Test
    void aDeadLetterTooLargeToWriteFallsBackToACutOneWithTheOriginalsCoordinates() {
        String next = "after-fallback";
        String id = "too-large-everywhere";
        byte[] raw = articleWithBody(id, distinctParagraphs(1000), List.of("fr-FR"));
        Poison poison = onRawBefore(next, id, raw);

        ConsumerRecord<String, byte[]> letter = awaitDeadLetter(poison);
        assertEquals("output-too-large", KafkaTestClient.header(letter, DeadLetter.REASON_CODE));
        assertEquals("rewrite", KafkaTestClient.header(letter, DeadLetter.STAGE));
        assertEquals("fr-FR", KafkaTestClient.header(letter, DeadLetter.LOCALE));
        assertEquals(topics.raw, KafkaTestClient.header(letter, DeadLetter.TOPIC));
        assertEquals(String.valueOf(poison.partition()), KafkaTestClient.header(letter, DeadLetter.PARTITION));
        assertEquals(String.valueOf(poison.offset()), KafkaTestClient.header(letter, DeadLetter.OFFSET));
        assertEquals(String.valueOf(raw.length), KafkaTestClient.header(letter, DeadLetter.ORIGINAL_SIZE));
        assertTrue(KafkaTestClient.header(letter, DeadLetter.FALLBACK_CAUSE).contains("too large"),
                KafkaTestClient.header(letter, DeadLetter.FALLBACK_CAUSE));
        assertArrayEquals(Arrays.copyOf(raw, PoisonPipelineProfile.FALLBACK_PAYLOAD_BYTES), letter.value(),
                "the first bytes of the original");
        assertTheStreamGoesOn(poison, next);
    }

    @Test
    void anErrorThrownWhileRewritingIsDeadLetteredAsInternalError() {
        String next = "after-stack-overflow";
        String id = ErrorThrowingEngine.PREFIX + "1";
        Poison poison = onRawBefore(next, id, Samples.seedAs(id));

        ConsumerRecord<String, byte[]> letter = awaitDeadLetter(poison);
        assertEquals("internal-error", KafkaTestClient.header(letter, DeadLetter.REASON_CODE));
        assertEquals("fr-FR", KafkaTestClient.header(letter, DeadLetter.LOCALE));
        assertTrue(KafkaTestClient.header(letter, DeadLetter.REASON).startsWith("StackOverflowError"),
                KafkaTestClient.header(letter, DeadLetter.REASON));
        assertTheStreamGoesOn(poison, next);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** Where a poison record was written, and the consumer group that must get past it. */
    private record Poison(String topic, int partition, long offset, String key, String group) {
    }

    /** The poison on the raw partition where the normal article {@code nextId} will follow it. */
    private Poison onRawBefore(String nextId, String key, byte[] value) {
        int partition = topics.partitionOf(topics.raw, nextId);
        return new Poison(topics.raw, partition, topics.produce(topics.raw, partition, key, value), key,
                REWRITE_GROUP);
    }

    /** The poison on the rewritten partition where the normal article {@code nextId}'s rewrite will follow it. */
    private Poison onRewrittenBefore(String nextId, String key, byte[] value) {
        int partition = topics.partitionOf(topics.rewritten, nextId + ":fr-FR");
        return new Poison(topics.rewritten, partition, topics.produce(topics.rewritten, partition, key, value), key,
                SEO_GROUP);
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(Poison poison) {
        return topics.await(topics.dlq, record -> poison.key().equals(record.key())
                && String.valueOf(poison.offset()).equals(KafkaTestClient.header(record, DeadLetter.OFFSET))
                && poison.topic().equals(KafkaTestClient.header(record, DeadLetter.TOPIC)), 1, TIMEOUT).get(0);
    }

    /**
     * A normal article sent after the poison, on the poison's partition (directly for the raw topic, through its
     * rewrite for the rewritten topic), is published; the poison's consumer group commits past it; liveness is UP.
     */
    private void assertTheStreamGoesOn(Poison poison, String nextId) {
        topics.produce(topics.raw, topics.partitionOf(topics.raw, nextId), nextId, Samples.seedAs(nextId));
        topics.await(topics.published, PipelineTopics.keyed(nextId + ":fr-FR"), 1, TIMEOUT);
        awaitCommittedPast(poison);
        assertLive();
    }

    private void awaitCommittedPast(Poison poison) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        long committed = -1;
        while (Instant.now().isBefore(deadline)) {
            committed = topics.committedOffset(poison.group(), poison.topic(), poison.partition());
            if (committed > poison.offset()) {
                return;
            }
            pause();
        }
        throw new AssertionError(poison.group() + " committed " + committed + " on " + poison.topic() + "/"
                + poison.partition() + ", not past the poison at " + poison.offset() + " within " + TIMEOUT);
    }

    private void assertLive() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(liveness.toURI())
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"status\": \"UP\""), response.body());
        } catch (IOException | URISyntaxException e) {
            throw new AssertionError("liveness not readable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Polling interval while waiting for a commit, which SmallRye makes every auto.commit.interval.ms (5 s). */
    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** An article id whose rewritten record ({@code id:fr-FR}) lands on the same partition as {@code key}. */
    private String idOnTheSamePartition(String topic, String key, String prefix) {
        int partition = topics.partitionOf(topic, key);
        return IntStream.range(0, 1000).mapToObj(i -> prefix + i)
                .filter(id -> topics.partitionOf(topic, id + ":fr-FR") == partition)
                .findFirst().orElseThrow();
    }
}
