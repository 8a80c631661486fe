package dev.copydesk.ops;

import dev.copydesk.kafka.Outbound;
import dev.copydesk.model.Json;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.testing.InjectOpenAiStub;
import dev.copydesk.testing.OpenAiStub;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.copydesk.ops.OpsPipeline.PUBLISHED;
import static dev.copydesk.ops.OpsPipeline.RAW;
import static dev.copydesk.ops.OpsPipeline.REWRITTEN;
import static dev.copydesk.ops.OpsPipeline.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worker of {@link ReplayAndRedriveTests} restarted (a new application on the same topics and groups, its in-process
 * cache empty): a full replay of two of the articles it rewrote is served by the shared rewrite cache, with no call
 * to the model. It continues {@link ReplayAndRedriveTests}, which Quarkus runs first (see
 * {@link ReplayFirstLifeProfile}).
 */
@QuarkusTest
@TestProfile(ReplaySecondLifeProfile.class)
class ReplayOfRestartedWorkerTests {

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

    @Test
    void aFullReplayOfTwoArticlesAfterARestartCostsNoModelCall() {
        String ids = ReplayAndRedriveTests.id(0) + "," + ReplayAndRedriveTests.id(1);
        Set<String> groups = pipeline.groups();

        OpsPipeline.Run replay = pipeline.command("replay", "--stage", "rewrite", "--ids", ids);

        assertEquals(0, replay.status(), replay.err());
        assertTrue(replay.out().contains(": 2/2 (100%)"), "ReplayAndRedriveTests (the first life, run before this class in"
                + " the same run: -Dtest='Replay*Tests') left the articles on " + RAW + "; got: " + replay.out());
        String replayId = replay.replayId();
        assertEquals(groups, pipeline.groups(), "the replay joined no consumer group and made none");
        List<ConsumerRecord<String, byte[]>> rewritten = pipeline.await(REWRITTEN, header(Outbound.REPLAY, replayId), 2);
        for (ConsumerRecord<String, byte[]> record : rewritten) {
            assertTrue(Json.read(record.value(), RewrittenArticle.class).provenance().cached(),
                    "served from the shared cache: " + record.key());
        }
        pipeline.await(PUBLISHED, header(Outbound.REPLAY, replayId), 2);
        assertEquals(0, llm.requestCount(), "a full replay of unchanged input after a restart calls no model");
    }
}
