package dev.copydesk.pipeline;

import dev.copydesk.kafka.PartitionOwnership;
import dev.copydesk.support.Samples;
import dev.copydesk.testing.InjectOpenAiStub;
import dev.copydesk.testing.OpenAiStub;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A worker told to stop while a second worker joins and leaves its group: during the grace it is given partitions
 * back and receives new records, and versions of the articles it is working on. It must work on none of them, never
 * work on one article twice at once, finish within the grace what it still owns, and write nothing for what a
 * rebalance took away. The shutdown is the one the SIGTERM handler runs ({@link PartitionOwnership#stop}); the
 * application is discarded after this class (its own profile).
 */
@QuarkusTest
@TestProfile(ShutdownUnderRebalanceTests.Profile.class)
class ShutdownUnderRebalanceTests {

    static final String PREFIX = "it-shutdown";
    private static final Duration MODEL_LATENCY = Duration.ofSeconds(10);
    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @InjectOpenAiStub
    OpenAiStub llm;

    @Inject
    PartitionOwnership ownership;

    @Test
    void aStoppingWorkerTakesNoNewRecordAndNeverWorksOnOneArticleTwiceAtOnce() throws Exception {
        try (PipelineTopics topics = new PipelineTopics(PREFIX)) {
            llm.latency(MODEL_LATENCY);
            Map<Integer, String> inFlight = topics.idsOnePerPartition(PREFIX + "-a");
            inFlight.values().forEach(id -> topics.produce(id, Samples.seedAs(id)));
            assertEquals(inFlight.size(), llm.awaitRequests(inFlight.size(), TIMEOUT),
                    "every article must be in the model before the shutdown");

            Instant shutdownBegan = Instant.now();
            Thread stopping = new Thread(() -> ownership.stop(GRACE), "test-shutdown");
            stopping.start();

            List<String> sentAfterShutdown = new ArrayList<>();
            Set<TopicPartition> takenAway;
            Instant takenAt;
            try (GroupNewcomer newcomer = new GroupNewcomer(PipelineTopics.bootstrapServers(), PREFIX + "-rewrite", topics.raw)) {
                takenAway = newcomer.awaitPartitions(TIMEOUT);
                takenAt = Instant.now();
                inFlight.forEach((partition, id) -> {
                    topics.produce(topics.raw, partition, id, Samples.seedAs(id, "v2"));
                    sentAfterShutdown.add(id + " v2");
                });
                topics.idsOnePerPartition(PREFIX + "-b").values().forEach(id -> {
                    topics.produce(id, Samples.seedAs(id));
                    sentAfterShutdown.add(id);
                });
            } // the newcomer leaves: the stopping worker is given its partitions back, with those records
            stopping.join(GRACE.plusSeconds(20).toMillis());
            assertFalse(stopping.isAlive(), "the shutdown must end within its grace and the abandon timeout");

            List<ConsumerRecord<String, byte[]>> rewritten = topics.readFor(topics.rewritten,
                    record -> record.key().startsWith(PREFIX), Duration.ofSeconds(5));
            List<OpenAiStub.Exchange> calls = llm.exchanges();

            assertTrue(calls.stream().noneMatch(call -> call.received().isAfter(shutdownBegan)),
                    "no model call may start once the shutdown began; sent after it: " + sentAfterShutdown);
            for (String id : inFlight.values()) {
                List<OpenAiStub.Exchange> ofArticle = calls.stream()
                        .filter(call -> call.body().contains("(" + id + ")")
                                || call.body().contains("(" + id + " v2)")).toList();
                assertTrue(neverOverlap(ofArticle), id + " was worked on twice at once: " + ofArticle);
            }
            Map<String, Instant> written = rewritten.stream().collect(Collectors.toMap(ConsumerRecord::key,
                    record -> Instant.ofEpochMilli(record.timestamp())));
            for (Map.Entry<Integer, String> article : inFlight.entrySet()) {
                Instant writtenAt = written.get(article.getValue() + ":fr-FR");
                if (takenAway.contains(new TopicPartition(topics.raw, article.getKey()))) {
                    assertTrue(writtenAt == null || writtenAt.isBefore(takenAt), article.getValue()
                            + ": work on a partition taken away may not be written after it was taken away");
                } else {
                    assertTrue(writtenAt != null, article.getValue() + ": what the worker still owns is finished "
                            + "and written within the grace");
                }
            }
            assertEquals(written.size(), rewritten.size(), "nothing sent after the shutdown began may be written, "
                    + "and nothing twice: " + rewritten.stream().map(ConsumerRecord::key).toList());
            assertTrue(written.size() < inFlight.size(), "the rebalance must have taken work away from the worker");
        }
    }

    private static boolean neverOverlap(List<OpenAiStub.Exchange> calls) {
        List<OpenAiStub.Exchange> ordered = calls.stream()
                .sorted((a, b) -> a.received().compareTo(b.received())).toList();
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).received().isBefore(ordered.get(i - 1).answered())) {
                return false;
            }
        }
        return true;
    }





    public static class Profile extends StubbedPipelineProfile {
        public Profile() {
            super(PREFIX, Map.of());
        }
    }
}
