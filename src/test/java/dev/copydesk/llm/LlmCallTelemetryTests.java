package dev.copydesk.llm;

import dev.langchain4j.exception.HttpException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LlmCallTelemetryTests {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).build();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LlmCallTelemetry telemetry = new LlmCallTelemetry(provider.get("test"), registry, "openai", "m1");

    @AfterEach
    void close() {
        provider.close();
    }

    private long calls(String outcome) {
        return registry.get("copydesk.llm.call.latency").tag("outcome", outcome).timer().count();
    }

    @Test
    void aFailedCallAndItsRetryAreTwoSpansWithTheirAttemptWhatFailedAndTheTokens() {
        LlmCallObserver.Call first = telemetry.started(1);
        String currentDuringCall = Span.current().getSpanContext().getSpanId();
        first.failed(new HttpException(503, "upstream down, request body ..."));
        first.end();
        LlmCallObserver.Call second = telemetry.started(2);
        second.answered(new LlmReply("# Titre\n\ntexte", 812, 1030));
        second.end();

        List<SpanData> spans = exported.getFinishedSpanItems();
        assertEquals(2, spans.size());
        SpanData failed = spans.get(0);
        assertEquals("chat m1", failed.getName());
        assertEquals(failed.getSpanId(), currentDuringCall, "current during the call: the HTTP span hangs under it");
        assertEquals(1L, failed.getAttributes().get(LlmCallTelemetry.ATTEMPT));
        assertEquals(StatusCode.ERROR, failed.getStatus().getStatusCode());
        assertEquals("http-503", failed.getAttributes().get(AttributeKey.stringKey("error.type")));
        assertEquals("openai", failed.getAttributes().get(AttributeKey.stringKey("gen_ai.provider.name")));
        SpanData answered = spans.get(1);
        assertEquals(2L, answered.getAttributes().get(LlmCallTelemetry.ATTEMPT));
        assertEquals(812L, answered.getAttributes().get(LlmCallTelemetry.INPUT_TOKENS));
        assertEquals(1030L, answered.getAttributes().get(LlmCallTelemetry.OUTPUT_TOKENS));
        assertEquals(StatusCode.UNSET, answered.getStatus().getStatusCode());
        assertEquals(1, calls(FailureKind.of(new HttpException(503, "")).name().toLowerCase()));
        assertEquals(1, calls("answered"));
    }

    @Test
    void anEmptyAnswerAndAnInterruptAreTheirOwnOutcomes() {
        LlmCallObserver.Call empty = telemetry.started(1);
        empty.answered(new LlmReply(" ", 100, 0));
        empty.end();
        LlmCallObserver.Call interrupted = telemetry.started(2);
        interrupted.failed(new RuntimeException(new InterruptedException()));
        interrupted.end();

        assertEquals(1, calls("empty"));
        assertEquals(1, calls("interrupted"));
        assertEquals("empty-answer", exported.getFinishedSpanItems().get(0).getAttributes()
                .get(AttributeKey.stringKey("error.type")));
        assertNull(exported.getFinishedSpanItems().get(0).getAttributes().get(AttributeKey.stringKey("gen_ai.prompt")));
        assertEquals(Span.getInvalid(), Span.current(), "the call's span is no longer current after end()");
    }
}
