package dev.copydesk.ops;

import dev.copydesk.kafka.DeadLetter;
import dev.copydesk.kafka.Outbound;
import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.support.Samples;
import dev.copydesk.testing.InjectOpenAiStub;
import dev.copydesk.testing.KafkaTestClient;
import dev.copydesk.testing.OpenAiStub;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.copydesk.ops.OpsPipeline.DLQ;
import static dev.copydesk.ops.OpsPipeline.PREFIX;
import static dev.copydesk.ops.OpsPipeline.PUBLISHED;
import static dev.copydesk.ops.OpsPipeline.RAW;
import static dev.copydesk.ops.OpsPipeline.header;
import static dev.copydesk.ops.OpsPipeline.keyed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The replay and redrive commands against a worker on the real broker, rewriting through the OpenAI-compatible
 * stub: twenty articles through the pipeline, then an SEO-only replay of ten of them; dead letters of a cause that
 * is then fixed, sent back and published; a record that keeps failing, sent back until the cap. The same worker
 * restarted is {@link ReplayOfRestartedWorkerTests}.
 */
@QuarkusTest
@TestProfile(ReplayFirstLifeProfile.class)
class ReplayAndRedriveTests {

    static final int ARTICLES = 20;

    @InjectOpenAiStub
    OpenAiStub llm;

    OpsPipeline pipeline;

    @BeforeEach
    void connect() {
        pipeline = new OpsPipeline();
    }

    @AfterEach
    void disconnect() {
        pipeline.close();
    }

    static String id(int n) {
        return String.format("%s-%02d", PREFIX, n);
    }

    @Test
    void anSeoReplayOfTenArticlesPublishesTenNewVersionsWithoutCallingTheModel() {
        IntStream.range(0, ARTICLES).forEach(n -> pipeline.client.produce(RAW, id(n), Samples.seedAs(id(n))));
        Set<String> keys = IntStream.range(0, ARTICLES).mapToObj(n -> id(n) + ":fr-FR").collect(Collectors.toSet());
        pipeline.await(PUBLISHED, record -> keys.contains(record.key()), ARTICLES);
        int modelCalls = llm.requestCount();
        assertTrue(modelCalls >= ARTICLES, "the first pass called the model for each article: " + modelCalls);
        List<String> ten = IntStream.range(0, 10).mapToObj(ReplayAndRedriveTests::id).toList();
        Set<String> groups = pipeline.groups();

        OpsPipeline.Run replay = pipeline.command("replay", "--stage", "seo", "--ids", String.join(",", ten));

        assertEquals(0, replay.status(), replay.err());
        String replayId = replay.replayId();
        assertTrue(replay.out().contains("replay " + replayId + ": 10/10 (100%), "), replay.out());
        assertTrue(replay.out().contains("records/s"), replay.out());
        assertTrue(replay.out().contains("summary: replay " + replayId + " copied 10 records"), replay.out());
        assertEquals(groups, pipeline.groups(), "the replay joined no consumer group and made none");
        List<ConsumerRecord<String, byte[]>> published = pipeline.await(PUBLISHED,
                header(Outbound.REPLAY, replayId), 10);
        Set<String> expected = ten.stream().map(id -> id + ":fr-FR").collect(Collectors.toCollection(TreeSet::new));
        Set<String> replayedKeys = published.stream().map(ConsumerRecord::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, replayedKeys);
        for (ConsumerRecord<String, byte[]> record : published) {
            String version = Json.read(record.value(), PublishedArticle.class).provenance().pipelineVersion();
            assertTrue(version.matches("[^/]+/rw-[0-9a-f]{12}/seo-[0-9]+"), version);
        }
        pipeline.await(OpsPipeline.PREFIX + ".metrics", header(Outbound.REPLAY, replayId), 10);
        assertEquals(modelCalls, llm.requestCount(), "an SEO replay calls no model");
    }

    @Test
    void aDryRunCountsAndSendsNothing() {
        String id = PREFIX + "-dry";
        // Nothing else is written to the raw topic from now on: the time range holds this record only.
        String before = Instant.now().toString();
        RecordMetadata written = pipeline.client.produce(RAW, null, id, Samples.seedAs(id));
        pipeline.await(PUBLISHED, keyed(id + ":fr-FR"), 1);
        String at = written.partition() + ":" + written.offset();
        String after = written.partition() + ":" + (written.offset() + 1);

        OpsPipeline.Run byOffsets = pipeline.command("replay", "--stage", "rewrite", "--from", at, "--to", after,
                "--dry-run");
        OpsPipeline.Run dryRun = pipeline.command("replay", "--stage", "rewrite", "--from", before, "--ids", id,
                "--locale", "fr_FR", "--dry-run");
        OpsPipeline.Run otherLocale = pipeline.command("replay", "--stage", "rewrite", "--from", before, "--locale",
                "de-DE", "--dry-run");

        assertEquals(0, byOffsets.status(), byOffsets.err());
        assertTrue(byOffsets.out().contains(": 1 records in range (" + written.partition() + ":" + written.offset()
                + "-" + (written.offset() + 1) + ", end excluded), 1 matching, 1 to copy"), byOffsets.out());
        assertEquals(0, dryRun.status(), dryRun.err());
        assertTrue(dryRun.out().contains(": 1 records in range"), dryRun.out());
        assertTrue(dryRun.out().contains("1 matching --ids/--locale, 1 to copy"), dryRun.out());
        assertTrue(otherLocale.out().contains("0 matching --ids/--locale, 0 to copy"), otherLocale.out());
        assertTrue(dryRun.out().contains("dry run: nothing was sent"), dryRun.out());
        assertEquals(1, rawRecordsOf(id).size(), "no copy on " + RAW);
    }

    @Test
    void deadLettersOfACauseThatWasFixedAreSentBackAndPublished() {
        String id = PREFIX + "-fixable";
        // The provider refuses this article's request (400) until it is fixed.
        llm.failWhen(body -> body.contains("(" + id + ")"), 400);
        pipeline.client.produce(RAW, id, Samples.seedAs(id));
        pipeline.await(DLQ, keyed(id).and(header(DeadLetter.REASON_CODE, "llm-rejected-request")), 1);
        llm.failWhen(body -> false, 400);

        Set<String> groups = pipeline.groups();

        OpsPipeline.Run dryRun = pipeline.command("redrive", "--reason", "llm-rejected-request", "--dry-run");
        OpsPipeline.Run redrive = pipeline.command("redrive", "--reason", "llm-rejected-request");
        assertEquals(groups, pipeline.groups(), "the redrive joined no consumer group and made none");

        assertEquals(0, dryRun.status(), dryRun.err());
        assertTrue(dryRun.out().contains("1 with that reason, 1 to send back"), dryRun.out());
        assertEquals(0, redrive.status(), redrive.err());
        assertTrue(redrive.out().contains("summary: 1 dead letters sent back"), redrive.out());
        ConsumerRecord<String, byte[]> back = pipeline.await(RAW,
                keyed(id).and(header(DeadLetter.REDRIVE_COUNT, "1")), 1).get(0);
        assertNull(KafkaTestClient.header(back, DeadLetter.REASON_CODE), "the dead-letter headers are removed");
        pipeline.await(PUBLISHED, keyed(id + ":fr-FR"), 1);
    }

    @Test
    void aRecordThatKeepsFailingIsSentBackAtMostTheCapAndNeverLoops() {
        String id = PREFIX + "-poison";
        pipeline.client.produce(RAW, id, "not json".getBytes(StandardCharsets.UTF_8));
        pipeline.await(DLQ, keyed(id), 1);

        OpsPipeline.Run first = pipeline.command("redrive", "--reason", "malformed-json");
        // The stage copied the incoming count onto its new dead letter: the count survives the second trip.
        pipeline.await(DLQ, keyed(id).and(header(DeadLetter.REDRIVE_COUNT, "1")), 1);
        OpsPipeline.Run second = pipeline.command("redrive", "--reason", "malformed-json");
        pipeline.await(DLQ, keyed(id).and(header(DeadLetter.REDRIVE_COUNT, "2")), 1);
        OpsPipeline.Run third = pipeline.command("redrive", "--reason", "malformed-json");

        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("1 to send back"), first.out());
        assertEquals(0, second.status(), second.err());
        assertTrue(second.out().contains("1 to send back; left out: 0 at the cap of 2 trips"), second.out());
        assertTrue(second.out().contains("1 sent back before and dead-lettered again"), second.out());
        assertEquals(0, third.status(), third.err());
        assertTrue(third.out().contains("0 to send back; left out: 1 at the cap of 2 trips"), third.out());
        assertEquals(3, rawRecordsOf(id).size(), "the original and two trips back, no more");
    }

    /** Every record of {@code key} on the raw topic (the commands flushed before returning: all are there). */
    private List<ConsumerRecord<String, byte[]>> rawRecordsOf(String key) {
        return pipeline.client.consumeFor(RAW, Duration.ofSeconds(3)).stream().filter(keyed(key)).toList();
    }
}
