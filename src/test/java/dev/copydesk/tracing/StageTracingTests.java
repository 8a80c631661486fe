package dev.copydesk.tracing;

import dev.copydesk.kafka.SendFailedException;
import dev.copydesk.metrics.StageMetrics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StageTracingTests {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT_SPAN_ID = "00f067aa0ba902b7";

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).build();
    private final StageTracing tracing = new StageTracing(provider.get("test"));

    @AfterEach
    void close() {
        provider.close();
        MDC.clear();
    }

    private static ConsumerRecord<String, byte[]> record(String topic, String key, String traceparent) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(topic, 2, 41L, key, new byte[0]);
        if (traceparent != null) {
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private SpanData only(String name) {
        List<SpanData> spans = exported.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
        assertEquals(1, spans.size(), "spans named " + name + ": " + exported.getFinishedSpanItems());
        return spans.get(0);
    }

    @Test
    void aRecordsSpanContinuesTheTraceItsProducerWroteWithTheArticleInTheMdcWhileItIsWorkedOn() {
        List<Object> seen = new ArrayList<>();
        tracing.traced(StageMetrics.SEO, (record, claim) -> {
            seen.add(MDC.get(StageTracing.MDC_ARTICLE_ID));
            seen.add(MDC.get(StageTracing.MDC_LOCALE));
            seen.add(Span.current().getSpanContext().getTraceId());
        }).process(record("articles.rewritten", "afp:123:fr-FR", "00-" + TRACE_ID + "-" + PARENT_SPAN_ID + "-01"),
                null);

        assertEquals(List.of("afp:123", "fr-FR", TRACE_ID), seen);
        assertNull(MDC.get(StageTracing.MDC_ARTICLE_ID), "cleared before the thread takes its next record");
        assertNull(MDC.get(StageTracing.MDC_LOCALE));
        SpanData span = only("process articles.rewritten");
        assertEquals(TRACE_ID, span.getTraceId());
        assertEquals(PARENT_SPAN_ID, span.getParentSpanId());
        assertEquals("afp:123", span.getAttributes().get(StageTracing.ARTICLE_ID));
        assertEquals("fr-FR", span.getAttributes().get(StageTracing.LOCALE));
        assertEquals(StageMetrics.SEO, span.getAttributes().get(StageTracing.STAGE));
    }

    @Test
    void aRawRecordsKeyIsTheWholeIdEvenWithAColonAndAMalformedTraceparentStartsANewTrace() {
        tracing.traced(StageMetrics.REWRITE, (record, claim) -> { })
                .process(record("articles.raw", "afp:123", "00-not-a-trace"), null);

        SpanData span = only("process articles.raw");
        assertEquals("afp:123", span.getAttributes().get(StageTracing.ARTICLE_ID));
        assertNull(span.getAttributes().get(StageTracing.LOCALE));
        assertFalse(span.getParentSpanContext().isValid());
    }

    @Test
    void aFailureEscapingTheWorkMarksTheSpanAndStillClearsTheMdc() {
        SendFailedException failure = new SendFailedException("broker down", null);
        SendFailedException thrown = assertThrows(SendFailedException.class, () -> tracing.traced(StageMetrics.SEO,
                (record, claim) -> {
                    throw failure;
                }).process(record("articles.rewritten", "a-1:fr-FR", null), null));

        assertSame(failure, thrown);
        assertNull(MDC.get(StageTracing.MDC_ARTICLE_ID));
        SpanData span = only("process articles.rewritten");
        assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
        assertEquals(SendFailedException.class.getName(),
                span.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("error.type")));
    }

    @Test
    void eachLocaleStartsItsOwnTraceLinkedToTheRawRecordsSpan() {
        AtomicReference<String> localeDuring = new AtomicReference<>();
        AtomicReference<String> localeAfter = new AtomicReference<>("unset");
        tracing.traced(StageMetrics.REWRITE, (record, claim) -> {
            try (StageTracing.Traced ignored = tracing.locale("a-1", "de-DE")) {
                localeDuring.set((String) MDC.get(StageTracing.MDC_LOCALE));
            }
            localeAfter.set((String) MDC.get(StageTracing.MDC_LOCALE));
        }).process(record("articles.raw", "a-1", null), null);

        SpanData raw = only("process articles.raw");
        SpanData locale = only(StageTracing.LOCALE_SPAN);
        assertNotEquals(raw.getTraceId(), locale.getTraceId());
        assertFalse(locale.getParentSpanContext().isValid());
        assertEquals(raw.getSpanId(), locale.getLinks().get(0).getSpanContext().getSpanId());
        assertEquals("de-DE", locale.getAttributes().get(StageTracing.LOCALE));
        assertEquals("de-DE", localeDuring.get());
        assertNull(localeAfter.get());
    }

    @Test
    void anOutputCarriesTheCurrentTraceAndReplacesTheOneItsInputHad() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", ("00-" + TRACE_ID + "-" + PARENT_SPAN_ID + "-01").getBytes(StandardCharsets.UTF_8));
        Span span = provider.get("test").spanBuilder("work").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            TraceHeaders.inject(headers);
        } finally {
            span.end();
        }

        List<String> values = new ArrayList<>();
        for (Header header : headers.headers("traceparent")) {
            values.add(new String(header.value(), StandardCharsets.UTF_8));
        }
        assertEquals(List.of("00-" + span.getSpanContext().getTraceId() + "-" + span.getSpanContext().getSpanId()
                + "-01"), values);
        io.opentelemetry.api.trace.SpanContext read = Span.fromContext(TraceHeaders.extract(headers)).getSpanContext();
        assertEquals(span.getSpanContext().getTraceId(), read.getTraceId(), "read back as the same trace");
        assertEquals(span.getSpanContext().getSpanId(), read.getSpanId());
    }

    @Test
    void withoutATraceNothingIsWritten() {
        RecordHeaders headers = new RecordHeaders();
        TraceHeaders.inject(headers);
        assertFalse(headers.iterator().hasNext());
    }
}
