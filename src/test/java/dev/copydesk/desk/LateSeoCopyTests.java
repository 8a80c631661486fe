package dev.copydesk.desk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.model.Json;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.SourceVersion;
import dev.copydesk.testing.KafkaBrokerResource;
import dev.copydesk.testing.KafkaTestClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The rewrite stage puts what its gates hold back on the review topic at once, so an editor can decide before the
 * SEO stage, behind on its backlog, has made its {@code needs_review} copy of the same article. On the real broker,
 * with the desk and the SEO stage in one worker: that late copy leaves the editor's approval or rejection in place,
 * while a copy made from a newer version of the source (not reviewed yet) is written as before.
 */
@QuarkusTest
@TestProfile(LateSeoCopyTests.DeskAndSeoProfile.class)
class LateSeoCopyTests {

    public static class DeskAndSeoProfile implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(DeskProfile.topics("it-desk-seo"));
            config.put("copydesk.stages", "desk,seo");
            return config;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaBrokerResource.class));
        }
    }

    @TestHTTPResource("/")
    URL base;

    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(DeskFixtures.bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void aLateNeedsReviewCopyDoesNotReplaceAnApprovalButACopyOfANewerSourceVersionIsWritten() throws Exception {
        DeskFixtures.Held held = DeskFixtures.hold(kafka, "late-approve-1");
        decide(held, "/desk/article/approve", Map.of());
        JsonNode approved = Json.MAPPER.readTree(DeskFixtures.await(kafka, DeskFixtures.topic("published"),
                held.key(), 1).get(0).value());
        assertEquals("published", approved.path("status").asText());

        // The SEO stage reaches the rewrite the editor approved: it is read, counted, and not written again.
        toSeoStage(held.article());
        awaitSeoMetrics(held.key(), 1);
        // A newer raw record of the same article is rewritten and held again: that text was not reviewed.
        toSeoStage(withSourceVersion(held.article(), newerVersion(held.article().id())));
        awaitSeoMetrics(held.key(), 2);

        List<ConsumerRecord<String, byte[]>> published = DeskFixtures.await(kafka, DeskFixtures.topic("published"),
                held.key(), 2);
        assertEquals(2, published.size(), "the approval, then the newer version's copy only");
        assertEquals("published", Json.MAPPER.readTree(published.get(0).value()).path("status").asText());
        JsonNode newer = Json.MAPPER.readTree(published.get(1).value());
        assertEquals("needs_review", newer.path("status").asText());
        assertEquals(held.article().sourceVersion().offset() + 1, newer.path("sourceVersion").path("offset").asLong());
    }

    @Test
    void aLateNeedsReviewCopyDoesNotBringBackARejectedArticle() throws Exception {
        DeskFixtures.Held held = DeskFixtures.hold(kafka, "late-reject-1");
        decide(held, "/desk/article/reject", Map.of("reason", "invented figures"));
        assertNull(DeskFixtures.await(kafka, DeskFixtures.topic("published"), held.key(), 1).get(0).value());

        toSeoStage(held.article());
        awaitSeoMetrics(held.key(), 1);

        List<ConsumerRecord<String, byte[]>> published = DeskFixtures.await(kafka, DeskFixtures.topic("published"),
                held.key(), 1);
        assertEquals(1, published.size(), "only the tombstone: " + published);
        assertNull(published.get(0).value());
    }

    private void decide(DeskFixtures.Held held, String action, Map<String, String> fields) throws Exception {
        DeskBrowser editor = new DeskBrowser(base);
        assertEquals(302, editor.login("editor", "editor").statusCode());
        DeskActionTests.awaitOnDesk(editor, held);
        Map<String, String> form = new HashMap<>(fields);
        form.put("key", held.key());
        form.put("review", String.valueOf(held.reviewOffset()));
        HttpResponse<String> decided = editor.submit(DeskActionTests.page(held), action, form);
        assertEquals(303, decided.statusCode(), decided.body());
        DeskFixtures.await(kafka, DeskFixtures.topic("review-decisions"), held.key(), 1);
    }

    private static void toSeoStage(RewrittenArticle article) {
        kafka.produce(DeskFixtures.topic("rewritten"), null, article.key(),
                Json.write(article).getBytes(StandardCharsets.UTF_8));
    }

    private static void awaitSeoMetrics(String key, int count) {
        DeskFixtures.await(kafka, DeskFixtures.topic("metrics"), key, count);
    }

    /** Where a second raw record of the article lands: the next offset of the same partition (same key). */
    private static SourceVersion newerVersion(String id) {
        byte[] raw = ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
        RecordMetadata written = kafka.produce(DeskFixtures.topic("raw"), null, id, raw);
        return new SourceVersion(written.topic(), written.partition(), written.offset(), written.timestamp());
    }

    private static RewrittenArticle withSourceVersion(RewrittenArticle article, SourceVersion version) {
        return article.withSourceVersion(version);
    }
}
