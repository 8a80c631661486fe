package dev.copydesk.desk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.model.Json;
import dev.copydesk.testing.KafkaTestClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk's actions on the real broker: each one an event on the decisions topic, an approval a published article,
 * a rejection a tombstone, an edit the gates and SEO checks run again.
 */
@QuarkusTest
@TestProfile(DeskProfile.class)
class DeskActionTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

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
    void approvingPublishesTheArticleWithTheApprovalInItsProvenanceAndRecordsTheDecision() throws Exception {
        DeskFixtures.Held held = DeskFixtures.hold(kafka, "desk-approve-1");
        DeskBrowser editor = signedIn("editor");
        awaitOnDesk(editor, held);

        HttpResponse<String> approved = editor.submit(page(held), "/desk/article/approve",
                Map.of("key", held.key(), "review", String.valueOf(held.reviewOffset()), "note", "checked <b>by hand</b>"));
        assertEquals(303, approved.statusCode(), approved.body());

        JsonNode decision = only(decisions(held.key(), 1));
        assertEquals("approved", decision.path("action").asText());
        assertEquals("editor", decision.path("editor").asText());
        assertEquals("checked <b>by hand</b>", decision.path("reason").asText());
        assertEquals(held.reviewOffset(), decision.path("review").path("offset").asLong());
        assertFalse(decision.path("at").asText().isEmpty());

        JsonNode published = Json.MAPPER.readTree(only(published(held.key(), 1)).value());
        assertEquals("published", published.path("status").asText());
        assertEquals(0, published.path("reviewReasons").size());
        JsonNode approval = published.path("provenance").path("review");
        assertEquals(decision.path("decisionId").asText(), approval.path("decisionId").asText());
        assertEquals("editor", approval.path("editor").asText());
        assertFalse(approval.path("edited").asBoolean());
        assertTrue(published.path("markdown").asText().contains("987"), "the model's text, unedited");

        assertFalse(editor.get("/desk").body().contains(page(held)), "an approved article leaves the queue");
        HttpResponse<String> edited = editor.submit("/desk", "/desk/article/edit",
                Map.of("key", held.key(), "review", String.valueOf(held.reviewOffset()), "markdown", "# t\n\ntext"));
        assertEquals(409, edited.statusCode(), "an approved article is not edited any more");
    }

    @Test
    void rejectingWithdrawsTheArticleWithATombstoneAndRecordsTheReason() throws Exception {
        DeskFixtures.Held held = DeskFixtures.hold(kafka, "desk-reject-1");
        DeskBrowser editor = signedIn("editor");
        awaitOnDesk(editor, held);

        HttpResponse<String> rejected = editor.submit(page(held), "/desk/article/reject",
                Map.of("key", held.key(), "review", String.valueOf(held.reviewOffset()), "reason", "invented figures"));
        assertEquals(303, rejected.statusCode(), rejected.body());

        JsonNode decision = only(decisions(held.key(), 1));
        assertEquals("rejected", decision.path("action").asText());
        assertEquals("invented figures", decision.path("reason").asText());
        ConsumerRecord<String, byte[]> withdrawn = only(published(held.key(), 1));
        assertNull(withdrawn.value(), "a tombstone: nothing is published for a rejected article");
        assertFalse(editor.get("/desk").body().contains(page(held)), "a rejected article leaves the queue");
    }

    @Test
    void sendingBackWritesTheRawArticleAgainWithTheRequestForThisLocaleAndRecordsTheDecision() throws Exception {
        DeskFixtures.Held held = DeskFixtures.hold(kafka, "desk-send-back-1");
        DeskBrowser editor = signedIn("editor");
        awaitOnDesk(editor, held);

        HttpResponse<String> sent = editor.submit(page(held), "/desk/article/send-back", Map.of("key", held.key(),
                "review", String.valueOf(held.reviewOffset()), "request", "Retirez le chiffre de 987 blindés."));
        assertEquals(303, sent.statusCode(), sent.body());

        JsonNode decision = only(decisions(held.key(), 1));
        assertEquals("sent-back", decision.path("action").asText());
        assertEquals("Retirez le chiffre de 987 blindés.", decision.path("reason").asText());
        List<ConsumerRecord<String, byte[]>> raw = DeskFixtures.await(kafka, DeskFixtures.topic("raw"),
                held.article().id(), 2);
        assertEquals(2, raw.size(), "the wire's record, then the one sent back");
        JsonNode again = Json.MAPPER.readTree(raw.get(1).value());
        JsonNode original = Json.MAPPER.readTree(raw.get(0).value());
        assertEquals("Retirez le chiffre de 987 blindés.", again.path("brief").path("editorNote").asText());
        assertEquals(List.of("fr-FR"), Json.MAPPER.convertValue(again.path("brief").path("targetLocales"), List.class));
        assertEquals(original.path("body"), again.path("body"), "the source as it came");
        assertFalse(editor.get("/desk").body().contains(page(held)), "a sent-back article leaves the queue");
    }

    @Test
    void sendingBackWithoutARequestIsRefusedAndTheArticleStaysPending() throws Exception {
        DeskFixtures.Held held = DeskFixtures.hold(kafka, "desk-send-back-blank");
        DeskBrowser editor = signedIn("editor");
        awaitOnDesk(editor, held);

        HttpResponse<String> refused = editor.submit(page(held), "/desk/article/send-back",
                Map.of("key", held.key(), "review", String.valueOf(held.reviewOffset()), "request", " "));
        assertEquals(400, refused.statusCode());
        assertTrue(editor.get("/desk").body().contains(page(held)), "still waiting for review");
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedAndTheArticleStaysPending() throws Exception {
        DeskFixtures.Held held = DeskFixtures.hold(kafka, "desk-reject-blank");
        DeskBrowser editor = signedIn("editor");
        awaitOnDesk(editor, held);

        HttpResponse<String> refused = editor.submit(page(held), "/desk/article/reject",
                Map.of("key", held.key(), "review", String.valueOf(held.reviewOffset()), "reason", "  "));
        assertEquals(400, refused.statusCode());
        assertTrue(editor.get("/desk").body().contains(page(held)), "still waiting for review");
    }

    @Test
    void anEditRunsTheGatesAgainAndItsApprovalPublishesTheEditedText() throws Exception {
        DeskFixtures.Held held = DeskFixtures.hold(kafka, "desk-edit-1");
        assertTrue(held.article().failedGates().stream().anyMatch(gate -> gate.code().equals("no-invented-numbers")),
                "the fixture invents a number: " + held.article().failedGates());
        DeskBrowser editor = signedIn("editor");
        awaitOnDesk(editor, held);
        String edit = DeskResource.editHref(held.key());
        String markdown = ReviewActions.markdown(held.article());
        assertTrue(markdown.contains(DeskFixtures.INVENTED.strip()));

        HttpResponse<String> saved = editor.submit(edit, "/desk/article/edit", Map.of("key", held.key(),
                "review", String.valueOf(held.reviewOffset()), "markdown", markdown.replace(DeskFixtures.INVENTED, "")));
        assertEquals(303, saved.statusCode(), saved.body());

        JsonNode edited = only(decisions(held.key(), 1));
        assertEquals("edited", edited.path("action").asText());
        assertFalse(edited.path("markdown").asText().contains("987"));
        JsonNode numbers = gate(edited.path("gates"), "no-invented-numbers");
        assertTrue(numbers.path("passed").asBoolean(), "the gate ran again on the edited text: " + numbers);
        assertTrue(edited.path("assessments").size() > 2, "the SEO checks ran again");
        String shown = editor.get(page(held)).body();
        assertTrue(shown.contains("Checks run again on the edited text"), shown);

        HttpResponse<String> approved = editor.submit(page(held), "/desk/article/approve",
                Map.of("key", held.key(), "review", String.valueOf(held.reviewOffset())));
        assertEquals(303, approved.statusCode(), approved.body());
        JsonNode published = Json.MAPPER.readTree(only(published(held.key(), 1)).value());
        assertFalse(published.path("markdown").asText().contains("987"), "the edited text is published");
        assertTrue(published.path("provenance").path("review").path("edited").asBoolean());
    }

    @Test
    void aDecidedArticleCannotBeDecidedAgain() throws Exception {
        DeskFixtures.Held held = DeskFixtures.hold(kafka, "desk-twice-1");
        DeskBrowser editor = signedIn("editor");
        awaitOnDesk(editor, held);
        Map<String, String> form = Map.of("key", held.key(), "review", String.valueOf(held.reviewOffset()),
                "reason", "duplicate");
        String csrfPage = "/desk";
        assertEquals(303, editor.submit(page(held), "/desk/article/reject", form).statusCode());

        HttpResponse<String> again = editor.submit(csrfPage, "/desk/article/approve", form);
        assertEquals(409, again.statusCode(), again.body());
        assertEquals(1, decisions(held.key(), 1).size());
    }

    @Test
    void anActionOnAnOlderReviewRecordIsRefused() throws Exception {
        DeskFixtures.Held held = DeskFixtures.hold(kafka, "desk-stale-1");
        DeskBrowser editor = signedIn("editor");
        awaitOnDesk(editor, held);
        HttpResponse<String> stale = editor.submit(page(held), "/desk/article/approve",
                Map.of("key", held.key(), "review", String.valueOf(held.reviewOffset() + 1000)));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(editor.get("/desk").body().contains(page(held)), "still waiting for review");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private DeskBrowser signedIn(String user) throws Exception {
        DeskBrowser browser = new DeskBrowser(base);
        HttpResponse<String> login = browser.login(user, user);
        assertEquals(302, login.statusCode(), "login of " + user);
        return browser;
    }

    static String page(DeskFixtures.Held held) {
        return DeskResource.articleHref(held.key());
    }

    /** Waits until the desk has read the review record (its page answers 200), or fails after the timeout. */
    static void awaitOnDesk(DeskBrowser browser, DeskFixtures.Held held) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (browser.get(page(held)).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(held.key() + " not on the desk after " + TIMEOUT);
            }
            Thread.sleep(100);
        }
    }

    private static List<JsonNode> decisions(String key, int atLeast) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : DeskFixtures.await(kafka, DeskFixtures.topic("review-decisions"),
                key, atLeast)) {
            found.add(Json.MAPPER.readTree(record.value()));
        }
        return found;
    }

    private static List<ConsumerRecord<String, byte[]>> published(String key, int atLeast) {
        return DeskFixtures.await(kafka, DeskFixtures.topic("published"), key, atLeast);
    }

    private static <T> T only(List<T> items) {
        assertEquals(1, items.size(), "exactly one: " + items);
        assertNotNull(items.get(0));
        return items.get(0);
    }

    private static JsonNode gate(JsonNode gates, String code) {
        for (JsonNode gate : gates) {
            if (code.equals(gate.path("code").asText())) {
                return gate;
            }
        }
        throw new AssertionError("no gate " + code + " in " + gates);
    }
}
