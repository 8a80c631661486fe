package dev.copydesk.pipeline;

import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.support.Samples;
import dev.copydesk.testing.InjectOpenAiStub;
import dev.copydesk.testing.OpenAiStub;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A version of an article stalled in the model while a rebalance takes its partition away must never land on the
 * compacted published topic after the newer version: after compaction the newer one (a correction, say) would be
 * gone. Version 1 of one article per partition stalls in the model; a second group member joins and takes some of
 * the partitions, version 2 is sent, the member leaves, the worker takes the partitions back and publishes v1 and v2
 * again in order, and then the stalled calls of v1 end.
 */
@QuarkusTest
@TestProfile(StaleVersionTests.Profile.class)
class StaleVersionTests {

    static final String PREFIX = "it-stale";
    private static final Duration STALL = Duration.ofSeconds(20);
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @InjectOpenAiStub
    OpenAiStub llm;

    @Test
    void aVersionStalledAcrossARebalanceNeverReplacesTheNewerOneOnThePublishedTopic() throws Exception {
        try (PipelineTopics topics = new PipelineTopics(PREFIX)) {
            Map<Integer, String> idByPartition = topics.idsOnePerPartition(PREFIX + "-");
            llm.delayNext(idByPartition.size(), STALL);
            Instant stallsEnd = Instant.now().plus(STALL);
            idByPartition.values().forEach(id -> topics.produce(id, Samples.seedAs(id)));
            assertEquals(idByPartition.size(), llm.awaitRequests(idByPartition.size(), TIMEOUT),
                    "every v1 must be in the model before the rebalance");

            Map<String, Long> latestOffset = new HashMap<>();
            Set<TopicPartition> takenAway;
            try (GroupNewcomer newcomer = new GroupNewcomer(PipelineTopics.bootstrapServers(), PREFIX + "-rewrite", topics.raw)) {
                takenAway = newcomer.awaitPartitions(TIMEOUT);
                idByPartition.forEach((partition, id) -> latestOffset.put(id, topics.produce(topics.raw, partition, id,
                        Samples.seedAs(id, "v2"))));
            }

            // The worker publishes v2 of every article once it has all partitions back, before the stalls end.
            for (String id : idByPartition.values()) {
                long v2 = latestOffset.get(id);
                topics.await(topics.published, record -> record.key().equals(id + ":fr-FR")
                        && Json.read(record.value(), PublishedArticle.class).sourceVersion().offset() == v2, 1, TIMEOUT);
            }
            // Then the stalled v1 calls end; whatever they could write would be on the topic a little later.
            Duration untilStallsEnd = Duration.between(Instant.now(), stallsEnd);
            Duration window = (untilStallsEnd.isNegative() ? Duration.ZERO : untilStallsEnd).plusSeconds(8);
            List<ConsumerRecord<String, byte[]>> published = topics.readFor(topics.published,
                    record -> record.key().startsWith(PREFIX), window);

            assertFalse(takenAway.isEmpty());
            for (String id : idByPartition.values()) {
                List<Long> versions = published.stream().filter(PipelineTopics.keyed(id + ":fr-FR"))
                        .map(record -> Json.read(record.value(), PublishedArticle.class).sourceVersion().offset())
                        .toList();
                assertEquals(latestOffset.get(id), versions.get(versions.size() - 1),
                        id + ": the last published version must be v2; published in order: " + versions);
                long highest = -1;
                for (long version : versions) {
                    assertFalse(version < highest, id + ": a version went back on the published topic: " + versions);
                    highest = version;
                }
            }
        }
    }





    public static class Profile extends StubbedPipelineProfile {
        public Profile() {
            super(PREFIX, Map.of());
        }
    }
}
