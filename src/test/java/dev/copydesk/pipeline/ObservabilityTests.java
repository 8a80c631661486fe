package dev.copydesk.pipeline;

import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.observability.DeployFiles;
import dev.copydesk.observability.PromQl;
import dev.copydesk.support.Samples;
import dev.copydesk.testing.InjectOpenAiStub;
import dev.copydesk.testing.KafkaTestClient;
import dev.copydesk.testing.OpenAiStub;
import dev.copydesk.testing.OpenAiStubResource;
import dev.copydesk.tracing.StageTracing;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Observability on the real broker with the model stub and the OpenTelemetry SDK on (spans kept in memory): one
 * trace follows an article and locale from the rewrite stage through the rewritten topic to the SEO stage and the
 * published record, with a span per model call, and no article text or secret in any span; and every metric the
 * Grafana dashboard and the Prometheus alert rules query is on the worker's /q/metrics once articles went through
 * (published, dead-lettered, sent to review).
 */
@QuarkusTest
@TestProfile(ObservabilityTests.Profile.class)
class ObservabilityTests {

    static final String PREFIX = "it-obs";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String LOCALE = "fr-FR";

    public static class Profile extends StubbedPipelineProfile {
        public Profile() {
            super(PREFIX, Map.of("quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.bsp.schedule.delay", "100ms"));
        }
    }

    @InjectOpenAiStub
    OpenAiStub llm;

    @Inject
    InMemorySpanExporter spans;

    @TestHTTPResource("/q/metrics")
    URL metrics;

    PipelineTopics topics;

    @BeforeEach
    void connect() {
        llm.reset();
        topics = new PipelineTopics(PREFIX);
    }

    @AfterEach
    void disconnect() {
        llm.reset();
        topics.close();
    }

    /** The seed article under {@code id}, made unique by {@code marker} so that the rewrite cache cannot answer it. */
    private static byte[] seed(String id, String marker) {
        return new String(Samples.seedAs(id), StandardCharsets.UTF_8)
                .replace("Poutine cherche", marker + " Poutine cherche").getBytes(StandardCharsets.UTF_8);
    }

    private ConsumerRecord<String, byte[]> awaitOne(String topic, String key) {
        return topics.await(topic, PipelineTopics.keyed(key), 1, TIMEOUT).get(0);
    }

    private static String traceIdOf(ConsumerRecord<String, byte[]> record) {
        int written = 0;
        for (org.apache.kafka.common.header.Header ignored : record.headers().headers("traceparent")) {
            written++;
        }
        assertEquals(1, written, "one traceparent on " + record.topic() + " (the connector's tracing is off)");
        String traceparent = KafkaTestClient.header(record, "traceparent");
        assertTrue(traceparent != null && traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"),
                "a W3C traceparent on " + record.topic() + ": " + traceparent);
        return traceparent.split("-")[1];
    }

    /** The finished spans once {@code complete} holds for them, or fails after the timeout. */
    private List<SpanData> awaitSpans(Predicate<List<SpanData>> complete, String what) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            List<SpanData> finished = spans.getFinishedSpanItems();
            if (complete.test(finished)) {
                return finished;
            }
            sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("within " + TIMEOUT + ": " + what + "; spans: "
                + spans.getFinishedSpanItems().stream().map(SpanData::getName).toList());
    }

    private static List<SpanData> named(List<SpanData> spans, String name, String articleId) {
        return spans.stream().filter(span -> span.getName().equals(name))
                .filter(span -> articleId.equals(span.getAttributes().get(StageTracing.ARTICLE_ID))).toList();
    }

    @Test
    void oneTraceFollowsEachArticleAndLocaleThroughBothStagesWithASpanPerModelCall() {
        // Three articles rewritten at once on the stage's worker threads: no trace may borrow another's context.
        llm.latency(Duration.ofMillis(500));
        List<String> ids = List.of("obs-trace-4", "obs-trace-5", "obs-trace-6");
        for (String id : ids) {
            topics.produce(id, seed(id, "OBS" + id.substring(id.length() - 1)));
        }

        Set<String> traceIds = new TreeSet<>();
        for (String id : ids) {
            traceIds.add(assertOneTrace(id));
        }
        assertEquals(ids.size(), traceIds.size(), "one trace per article and locale");
        assertNoArticleTextNorSecret(spans.getFinishedSpanItems());
    }

    /** The checks of one article's trace; returns its id. */
    private String assertOneTrace(String id) {
        String traceId = traceIdOf(awaitOne(topics.published, id + ":" + LOCALE));
        assertEquals(traceId, traceIdOf(awaitOne(topics.rewritten, id + ":" + LOCALE)),
                "the rewritten record carries the trace the published one continues");
        String seoSpanName = "process " + topics.rewritten;
        List<SpanData> all = awaitSpans(found -> !named(found, seoSpanName, id).isEmpty()
                && found.stream().anyMatch(span -> span.getName().startsWith("chat ")
                && span.getTraceId().equals(traceId)), "the SEO span and a model call of trace " + traceId);
        List<SpanData> trace = all.stream().filter(span -> span.getTraceId().equals(traceId)).toList();

        List<SpanData> rewrites = named(trace, StageTracing.LOCALE_SPAN, id);
        assertEquals(1, rewrites.size(), "one rewrite span of " + id + " in its trace");
        SpanData rewrite = rewrites.get(0);
        assertEquals(LOCALE, rewrite.getAttributes().get(StageTracing.LOCALE));
        assertEquals("rewritten", rewrite.getAttributes().get(StageTracing.STATUS));
        assertFalse(rewrite.getParentSpanContext().isValid(), "each locale starts its own trace");

        List<SpanData> seos = named(trace, seoSpanName, id);
        assertEquals(1, seos.size(), "one SEO span of " + id + " in its trace");
        SpanData seo = seos.get(0);
        assertEquals(rewrite.getSpanId(), seo.getParentSpanId(), "the SEO stage continues the rewrite's trace");
        assertEquals(LOCALE, seo.getAttributes().get(StageTracing.LOCALE));
        assertEquals("seo", seo.getAttributes().get(StageTracing.STAGE));
        assertEquals(ArticleStatus.PUBLISHED.wireName(), seo.getAttributes().get(StageTracing.STATUS));

        List<SpanData> calls = trace.stream().filter(span -> span.getName().equals("chat " + OpenAiStub.MODEL_ID))
                .toList();
        assertEquals(1, calls.size(), "one model call in the trace of " + id);
        SpanData call = calls.get(0);
        assertEquals(rewrite.getSpanId(), call.getParentSpanId(), "the model call belongs to the locale's rewrite");
        assertEquals(OpenAiStub.MODEL_ID, call.getAttributes().get(AttributeKey.stringKey("gen_ai.request.model")));
        assertEquals(1L, call.getAttributes().get(AttributeKey.longKey("copydesk.llm.attempt")));
        assertTrue(call.getAttributes().get(AttributeKey.longKey("gen_ai.usage.output_tokens")) > 0);

        // The raw record's own span (ingest, fan-out) is in the trace of the raw record, linked from the locale's.
        SpanData ingest = named(all, "process " + topics.raw, id).get(0);
        assertNotEquals(traceId, ingest.getTraceId());
        assertTrue(rewrite.getLinks().stream()
                        .anyMatch(link -> link.getSpanContext().getSpanId().equals(ingest.getSpanId())),
                "the locale's trace links to the raw record's span");
        return traceId;
    }

    private static void assertNoArticleTextNorSecret(List<SpanData> spans) {
        String article = new String(Samples.seedBytes(), StandardCharsets.UTF_8);
        List<String> forbidden = List.of(OpenAiStubResource.API_KEY, "Poutine", "Bakhmut", "Xi Jinping");
        for (String phrase : forbidden.subList(1, forbidden.size())) {
            assertTrue(article.contains(phrase), "the probe phrase is in the article: " + phrase);
        }
        for (SpanData span : spans) {
            span.getAttributes().forEach((key, value) -> {
                for (String phrase : forbidden) {
                    assertFalse(String.valueOf(value).contains(phrase),
                            span.getName() + " " + key + " holds '" + phrase + "'");
                }
            });
            span.getEvents().forEach(event -> event.getAttributes().forEach((key, value) -> forbidden
                    .forEach(phrase -> assertFalse(String.valueOf(value).contains(phrase),
                            span.getName() + " event " + key + " holds '" + phrase + "'"))));
        }
    }

    @Test
    void everyMetricTheDashboardAndTheAlertRulesQueryIsOnTheWorkersMetricsAndTheLagComesDownToZero()
            throws Exception {
        String published = "obs-metrics-1";
        String broken = "obs-metrics-bad";
        topics.produce(published, seed(published, "OBS2"));
        topics.produce(broken, "{\"id\": \"obs-metrics-bad\", \"body\": ".getBytes(StandardCharsets.UTF_8));
        awaitOne(topics.published, published + ":" + LOCALE);
        awaitOne(topics.dlq, broken);

        // Every answer invents a number: the repairs fail and the article goes to review.
        llm.answerWith(body -> llm.defaultContent().replaceFirst("(?m)^## (.*)$",
                "## $1\n\nLe Kremlin a mobilisé 45 000 soldats supplémentaires."));
        String review = "obs-metrics-review";
        topics.produce(review, seed(review, "OBS3"));
        PublishedArticle reviewed = Json.read(awaitOne(topics.published, review + ":" + LOCALE).value(),
                PublishedArticle.class);
        assertEquals(ArticleStatus.NEEDS_REVIEW, reviewed.status());

        Set<String> exposed = exposedMetricNames();
        List<String> expressions = new ArrayList<>(DeployFiles.dashboardExpressions());
        expressions.addAll(DeployFiles.alertExpressions());
        Set<String> queried = new TreeSet<>();
        expressions.forEach(expression -> queried.addAll(PromQl.metricNames(expression)));
        assertTrue(queried.size() >= 10, "the files were read: " + queried);
        Set<String> missing = new TreeSet<>(queried);
        missing.removeAll(exposed);
        assertEquals(Set.of(), missing, "queried by the dashboard or the alert rules but not on /q/metrics");

        // Everything sent was processed and committed: the broker's lag of both groups comes down to 0.
        Instant deadline = Instant.now().plus(TIMEOUT);
        List<Double> lags = List.of();
        while (Instant.now().isBefore(deadline)) {
            String body = scrape();
            lags = List.of(sample(body, "copydesk_consumer_lag", "group=\"" + PREFIX + "-rewrite\""),
                    sample(body, "copydesk_consumer_lag", "group=\"" + PREFIX + "-seo\""));
            if (lags.equals(List.of(0.0, 0.0))) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("consumer lag of the rewrite and SEO groups still " + lags + " after " + TIMEOUT);
    }

    /** The value of the one sample of {@code name} whose labels contain {@code label}; NaN when there is none. */
    private static double sample(String metrics, String name, String label) {
        return metrics.lines().filter(line -> line.startsWith(name + "{") && line.contains(label))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(Double.NaN);
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(metrics.toString())).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    /** Names of the samples on /q/metrics, as Prometheus stores them (with _bucket, _count, _sum, _total). */
    private Set<String> exposedMetricNames() throws Exception {
        Set<String> names = new TreeSet<>();
        scrape().lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            names.add(line.substring(0, end));
        });
        return names;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
