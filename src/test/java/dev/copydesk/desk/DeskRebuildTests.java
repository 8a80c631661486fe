package dev.copydesk.desk;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.testing.KafkaTestClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A desk replica that starts later (or restarts) rebuilds the same queue from the two topics alone: what was
 * approved and rejected stays out of it, what waits is in it.
 */
@QuarkusTest
@TestProfile(DeskProfile.class)
class DeskRebuildTests {

    @TestHTTPResource("/")
    URL base;

    @Inject
    CopydeskConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Test
    void aNewReplicaRebuildsEveryArticlesStatusFromTheTopics() throws Exception {
        DeskFixtures.Held approved;
        DeskFixtures.Held rejected;
        DeskFixtures.Held waiting;
        try (KafkaTestClient kafka = new KafkaTestClient(DeskFixtures.bootstrapServers())) {
            approved = DeskFixtures.hold(kafka, "desk-rebuild-approved");
            rejected = DeskFixtures.hold(kafka, "desk-rebuild-rejected");
            waiting = DeskFixtures.hold(kafka, "desk-rebuild-waiting");
        }
        DeskBrowser editor = new DeskBrowser(base);
        assertEquals(302, editor.login("editor", "editor").statusCode());
        DeskActionTests.awaitOnDesk(editor, waiting);
        DeskActionTests.awaitOnDesk(editor, approved);
        DeskActionTests.awaitOnDesk(editor, rejected);
        assertEquals(303, editor.submit(DeskActionTests.page(approved), "/desk/article/approve",
                Map.of("key", approved.key(), "review", String.valueOf(approved.reviewOffset()))).statusCode());
        assertEquals(303, editor.submit(DeskActionTests.page(rejected), "/desk/article/reject",
                Map.of("key", rejected.key(), "review", String.valueOf(rejected.reviewOffset()),
                        "reason", "off topic")).statusCode());

        DeskLog replica = new DeskLog(config, kafkaConfig);
        replica.onStart(null);
        try {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!replica.loaded() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(replica.loaded(), "the replica read both topics to their end");
            DeskState rebuilt = replica.state();
            assertEquals(DeskState.Status.APPROVED, rebuilt.entry(approved.key()).orElseThrow().status());
            assertEquals(DeskState.Status.REJECTED, rebuilt.entry(rejected.key()).orElseThrow().status());
            assertEquals(DeskState.Status.PENDING, rebuilt.entry(waiting.key()).orElseThrow().status());
            assertEquals("off topic", rebuilt.entry(rejected.key()).orElseThrow().decision().reason());
        } finally {
            replica.close();
        }
    }
}
