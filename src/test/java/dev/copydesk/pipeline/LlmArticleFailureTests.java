package dev.copydesk.pipeline;

import dev.copydesk.kafka.DeadLetter;
import dev.copydesk.llm.AttemptHistory;
import dev.copydesk.rewrite.LlmRewriteEngine;
import dev.copydesk.support.Samples;
import dev.copydesk.testing.KafkaTestClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One bad article versus an outage, on a real broker with the model behind HTTP: a failure only one article gets
 * is given up after its bounded retries and dead-lettered with its attempt history while the others are published
 * and the circuit stays closed; a failure every call gets is an outage, which pauses the worker and dead-letters
 * nothing. Limits from {@link LlmPipelineProfile}: 3 failures of its own, 3 s client timeout.
 */
@QuarkusTest
@TestProfile(LlmPipelineProfile.class)
class LlmArticleFailureTests extends LlmPipelineTestBase {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern OPENINGS = Pattern.compile("\"circuitOpenings\"\\s*:\\s*(\\d+)");

    @TestHTTPResource("/q/health/group/llm")
    URL llmHealth;

    private static byte[] seed(String id, String marker) {
        return new String(Samples.seedAs(id), StandardCharsets.UTF_8)
                .replace("Poutine cherche", marker + " Poutine cherche").getBytes(StandardCharsets.UTF_8);
    }

    private List<String> produceGoodArticles(String prefix, int count) {
        List<String> ids = IntStream.range(0, count).mapToObj(i -> prefix + "-" + i).toList();
        ids.forEach(id -> topics.produce(id, seed(id, id)));
        return ids;
    }

    private void awaitPublished(List<String> ids) {
        topics.await(topics.published, record -> ids.stream().anyMatch(id -> (id + ":fr-FR").equals(record.key())),
                ids.size(), TIMEOUT);
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(String id) {
        return topics.await(topics.dlq, PipelineTopics.keyed(id), 1, TIMEOUT).get(0);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return KafkaTestClient.header(record, name);
    }

    @Test
    void oneArticleThatAlwaysGetsA500IsDeadLetteredWhileTheOthersArePublishedAndTheCircuitStaysClosed()
            throws Exception {
        long openingsBefore = circuitOpenings();
        llm.failWhen(body -> body.contains("POISON-500"), 500);
        topics.produce("poison-500", seed("poison-500", "POISON-500"));
        List<String> good = produceGoodArticles("beside-500", 3);

        ConsumerRecord<String, byte[]> letter = awaitDeadLetter("poison-500");
        awaitPublished(good);

        assertEquals(LlmRewriteEngine.LLM_FAILED_FOR_ARTICLE, header(letter, DeadLetter.REASON_CODE));
        assertEquals("fr-FR", header(letter, DeadLetter.LOCALE));
        assertEquals("3", header(letter, AttemptHistory.ATTEMPTS_HEADER));
        assertEquals("3", header(letter, AttemptHistory.ARTICLE_FAILURES_HEADER));
        assertEquals("1:http-500/article,2:http-500/article,3:http-500/article",
                header(letter, AttemptHistory.FAILURES_HEADER));
        assertTrue(Long.parseLong(header(letter, AttemptHistory.ELAPSED_HEADER)) > 0);
        assertEquals(new String(seed("poison-500", "POISON-500"), StandardCharsets.UTF_8),
                new String(letter.value(), StandardCharsets.UTF_8), "the original bytes");
        assertEquals(openingsBefore, circuitOpenings(), "the circuit never opened");
        assertNoHeaderLeaksTheApiKey(letter);
    }

    @Test
    void oneArticleWhoseGenerationAlwaysTimesOutIsDeadLetteredWhileTheOthersArePublished() throws Exception {
        long openingsBefore = circuitOpenings();
        llm.delayWhen(body -> body.contains("SLOW-GENERATION"), Duration.ofSeconds(5));
        topics.produce("slow-generation", seed("slow-generation", "SLOW-GENERATION"));
        List<String> good = produceGoodArticles("beside-slow", 3);

        ConsumerRecord<String, byte[]> letter = awaitDeadLetter("slow-generation");
        awaitPublished(good);

        assertEquals(LlmRewriteEngine.LLM_FAILED_FOR_ARTICLE, header(letter, DeadLetter.REASON_CODE));
        assertEquals("1:timeout/article,2:timeout/article,3:timeout/article",
                header(letter, AttemptHistory.FAILURES_HEADER));
        assertTrue(Long.parseLong(header(letter, AttemptHistory.ELAPSED_HEADER)) >= 9000,
                "three calls cut by the 3 s client timeout");
        assertEquals(openingsBefore, circuitOpenings(), "the circuit never opened");
    }

    @Test
    void anEmptyAnswerIsRetriedAsAProviderFaultAndNotCountedAsUnparseable() {
        int[] emptyAnswers = {0};
        llm.answerWith(body -> {
            if (body.contains("EMPTY-ONCE") && emptyAnswers[0]++ == 0) {
                return "";
            }
            return body.contains("EMPTY-ALWAYS") ? "" : llm.defaultContent();
        });
        topics.produce("empty-once", seed("empty-once", "EMPTY-ONCE"));
        topics.produce("empty-always", seed("empty-always", "EMPTY-ALWAYS"));

        awaitPublished(List.of("empty-once"));
        ConsumerRecord<String, byte[]> letter = awaitDeadLetter("empty-always");
        assertEquals(LlmRewriteEngine.LLM_FAILED_FOR_ARTICLE, header(letter, DeadLetter.REASON_CODE),
                "a provider fault, not llm-unparseable-output");
        assertEquals("1:empty-answer/article,2:empty-answer/article,3:empty-answer/article",
                header(letter, AttemptHistory.FAILURES_HEADER));
        assertTrue(topics.readFor(topics.dlq, PipelineTopics.keyed("empty-once"), Duration.ofSeconds(1)).isEmpty());
    }

    @Test
    void aRealOutageWhereEveryCallFailsOpensTheCircuitAndDeadLettersNothing() throws Exception {
        long openingsBefore = circuitOpenings();
        llm.downFor(Duration.ofSeconds(5));
        List<String> ids = produceGoodArticles("outage-long", 3);

        awaitPublished(ids);
        assertTrue(circuitOpenings() > openingsBefore, "the outage opened the circuit");
        assertTrue(topics.readFor(topics.dlq, record -> ids.contains(record.key()), Duration.ofSeconds(2)).isEmpty(),
                "nothing dead-lettered");
    }

    private void assertNoHeaderLeaksTheApiKey(ConsumerRecord<String, byte[]> letter) {
        letter.headers().forEach(header -> assertTrue(
                !new String(header.value(), StandardCharsets.UTF_8).contains(
                        dev.copydesk.testing.OpenAiStubResource.API_KEY), header.key()));
    }

    private long circuitOpenings() throws IOException, InterruptedException {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(llmHealth.toString())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher openings = OPENINGS.matcher(body);
        assertTrue(openings.find(), "the llm health group reports circuitOpenings: " + body);
        return Long.parseLong(openings.group(1));
    }
}
