package dev.copydesk.desk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.model.Json;
import dev.copydesk.testing.KafkaTestClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The desk in a real headless Chromium (src/test/browser/desk.test.mjs, puppeteer-core and @sparticuz/chromium):
 * an editor signs in, edits and approves one held article and rejects another; then the topics are read here from
 * the broker. Skipped, saying so, when the browser's npm packages are not installed (.ci/run installs them).
 */
@QuarkusTest
@TestProfile(DeskProfile.class)
class DeskBrowserTests {

    static final Path BROWSER_DIR = Path.of("src", "test", "browser");
    static final Path SCREENSHOTS = Path.of("target", "desk-browser");
    private static final long NODE_TIMEOUT_SECONDS = 180;

    @TestHTTPResource("/")
    URL base;

    @Test
    void anEditorEditsAndApprovesOneArticleAndRejectsAnotherInARealBrowser() throws Exception {
        assumeTrue(Files.isDirectory(BROWSER_DIR.resolve("node_modules/puppeteer-core"))
                        && Files.isDirectory(BROWSER_DIR.resolve("node_modules/@sparticuz/chromium")),
                "browser test skipped: run 'npm ci --prefix src/test/browser' (as .ci/run does) to install "
                        + "puppeteer-core and @sparticuz/chromium");
        DeskFixtures.Held toApprove;
        DeskFixtures.Held toReject;
        try (KafkaTestClient kafka = new KafkaTestClient(DeskFixtures.bootstrapServers())) {
            toApprove = DeskFixtures.hold(kafka, "desk-browser-approve");
            toReject = DeskFixtures.hold(kafka, "desk-browser-reject");
            DeskBrowser editor = new DeskBrowser(base);
            assertEquals(302, editor.login("editor", "editor").statusCode());
            DeskActionTests.awaitOnDesk(editor, toApprove);
            DeskActionTests.awaitOnDesk(editor, toReject);

            String output = runBrowser(toApprove.key(), toReject.key());
            assertTrue(output.contains("approved " + toApprove.key()), output);
            assertTrue(output.contains("rejected " + toReject.key()), output);

            JsonNode published = Json.MAPPER.readTree(last(DeskFixtures.await(kafka, DeskFixtures.topic("published"),
                    toApprove.key(), 1)).value());
            assertEquals("published", published.path("status").asText());
            assertFalse(published.path("markdown").asText().contains("987"), "the edited text was published");
            JsonNode approval = published.path("provenance").path("review");
            assertEquals("editor", approval.path("editor").asText());
            assertTrue(approval.path("edited").asBoolean());
            assertEquals("Invented figure removed.", approval.path("note").asText());

            assertNull(last(DeskFixtures.await(kafka, DeskFixtures.topic("published"), toReject.key(), 1)).value(),
                    "nothing published for the rejected article: a tombstone");
            List<String> approveActions = actions(DeskFixtures.await(kafka, DeskFixtures.topic("review-decisions"),
                    toApprove.key(), 2));
            assertEquals(List.of("edited", "approved"), approveActions);
            List<String> rejectActions = actions(DeskFixtures.await(kafka, DeskFixtures.topic("review-decisions"),
                    toReject.key(), 1));
            assertEquals(List.of("rejected"), rejectActions);
        }
        assertTrue(Files.size(SCREENSHOTS.resolve("review-desk-article.png")) > 10_000, "a screenshot was taken");
    }

    /** Runs the browser script, bounded in time; returns its output, or fails with it. */
    private String runBrowser(String approveKey, String rejectKey) throws IOException, InterruptedException {
        Files.createDirectories(SCREENSHOTS);
        Path log = SCREENSHOTS.resolve("node.log");
        ProcessBuilder builder = new ProcessBuilder("node", BROWSER_DIR.resolve("desk.test.mjs").toString(),
                base.toString(), approveKey, rejectKey, DeskFixtures.INVENTED, SCREENSHOTS.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // The browser unpacks itself under the temporary directory: keep it in target/, not /tmp.
        Path tmp = Files.createDirectories(SCREENSHOTS.resolve("tmp"));
        builder.environment().put("TMPDIR", tmp.toAbsolutePath().toString());
        Process node = builder.start();
        boolean finished = node.waitFor(NODE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly();
            node.waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(finished, "the browser test did not finish within " + NODE_TIMEOUT_SECONDS + " s:\n" + output);
        assertEquals(0, node.exitValue(), "the browser test failed:\n" + output);
        return output;
    }

    private static ConsumerRecord<String, byte[]> last(List<ConsumerRecord<String, byte[]>> records) {
        return records.get(records.size() - 1);
    }

    private static List<String> actions(List<ConsumerRecord<String, byte[]>> records) throws IOException {
        List<String> actions = new java.util.ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            actions.add(Json.MAPPER.readTree(record.value()).path("action").asText());
        }
        return actions;
    }
}
