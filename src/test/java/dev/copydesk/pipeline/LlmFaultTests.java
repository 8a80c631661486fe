package dev.copydesk.pipeline;

import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.support.Samples;
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
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the rewrite stage behaves when the model is slow, throttled or down, on a real broker. */
@QuarkusTest
@TestProfile(LlmPipelineProfile.class)
class LlmFaultTests extends LlmPipelineTestBase {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TestHTTPResource("/q/health/group/llm")
    URL llmHealth;

    @TestHTTPResource("/q/health/ready")
    URL readiness;

    private static byte[] seed(String id, String marker) {
        return new String(Samples.seedAs(id), StandardCharsets.UTF_8)
                .replace("Poutine cherche", marker + " Poutine cherche").getBytes(StandardCharsets.UTF_8);
    }

    private List<ConsumerRecord<String, byte[]>> awaitPublished(List<String> ids) {
        return topics.await(topics.published, record -> ids.stream().anyMatch(id -> (id + ":fr-FR").equals(record.key())),
                ids.size(), TIMEOUT);
    }

    private void assertNothingDeadLettered(List<String> ids) {
        assertTrue(topics.readFor(topics.dlq, record -> ids.contains(record.key()), Duration.ofSeconds(2)).isEmpty(),
                "no dead letter for " + ids);
    }

    @Test
    void aThrottledCallWaitsAsLongAsRetryAfterSays() {
        llm.throttleNext(1, 2);
        topics.produce("throttled-1", seed("throttled-1", "T1"));

        awaitPublished(List.of("throttled-1"));
        List<Instant> calls = llm.requestTimes();
        assertEquals(2, calls.size());
        Duration gap = Duration.between(calls.get(0), calls.get(1));
        assertTrue(gap.toMillis() >= 1900, "Retry-After: 2 honoured, gap was " + gap.toMillis() + " ms");
        assertNothingDeadLettered(List.of("throttled-1"));
    }

    @Test
    void aCallThatTimesOutIsRetried() {
        llm.delayNext(1, Duration.ofSeconds(5));
        topics.produce("timeout-1", seed("timeout-1", "TO1"));

        PublishedArticle article = Json.read(awaitPublished(List.of("timeout-1")).get(0).value(),
                PublishedArticle.class);
        assertEquals(2, article.provenance().rewrite().attempts(), "the 3 s client timeout cut the first call");
        assertNothingDeadLettered(List.of("timeout-1"));
    }

    @Test
    void anOutagePausesTheWorkerAndLosesNothing() throws Exception {
        llm.downFor(Duration.ofSeconds(6));
        List<String> ids = IntStream.range(0, 5).mapToObj(i -> "outage-" + i).toList();
        ids.forEach(id -> topics.produce(id, seed(id, id)));

        assertTrue(awaitLlmHealth(503, Duration.ofSeconds(20)).contains("\"circuit\": \"open\"")
                || awaitLlmHealth(503, Duration.ofSeconds(1)).contains("paused"), "the llm health group reports the pause");
        assertEquals(200, status(readiness), "a paused worker stays ready: it must not block node drains");
        List<ConsumerRecord<String, byte[]>> published = awaitPublished(ids);
        assertEquals(ids.size(), published.stream().map(ConsumerRecord::key).distinct().count());
        assertNothingDeadLettered(ids);
        assertEquals(200, status(llmHealth), "resumed by itself");
    }

    @Test
    void callsOfDifferentArticlesRunConcurrently() {
        llm.latency(Duration.ofMillis(1500));
        List<String> ids = IntStream.range(0, 6).mapToObj(i -> "parallel-" + i).toList();
        ids.forEach(id -> topics.produce(id, seed(id, id)));

        awaitPublished(ids);
        assertTrue(llm.maxConcurrentRequests() >= 3, "max concurrent calls: " + llm.maxConcurrentRequests());
    }

    @Test
    void twoVersionsOfOneArticleAreRewrittenOneAfterTheOtherInOrder() {
        llm.latency(Duration.ofMillis(800));
        llm.answerWith(body -> llm.defaultContent().replaceFirst("(?m)^# ", body.contains("VERSION-TWO") ? "# Second " : "# First "));
        topics.produce("versioned-1", seed("versioned-1", "VERSION-ONE"));
        topics.produce("versioned-1", seed("versioned-1", "VERSION-TWO"));

        List<ConsumerRecord<String, byte[]>> published = topics.await(topics.published,
                PipelineTopics.keyed("versioned-1:fr-FR"), 2, TIMEOUT);
        List<String> titles = published.stream()
                .map(record -> Json.read(record.value(), PublishedArticle.class).title()).toList();
        assertTrue(titles.get(0).startsWith("First") && titles.get(1).startsWith("Second"), "order: " + titles);
        assertEquals(1, llm.maxConcurrentRequests(), "the same article is never rewritten twice at once");
    }

    private String awaitLlmHealth(int status, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = get(llmHealth);
            body = response.body();
            if (response.statusCode() == status) {
                return body;
            }
            Thread.sleep(100);
        }
        return body;
    }

    private static int status(URL url) throws IOException, InterruptedException {
        return get(url).statusCode();
    }

    private static HttpResponse<String> get(URL url) throws IOException, InterruptedException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IllegalArgumentException e) {
            throw new IOException(e);
        }
    }
}
