package dev.copydesk.llm;

import dev.copydesk.metrics.StageMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A span and a latency sample per model call. The span ({@code chat <model>}, a child of the locale's rewrite span)
 * carries the provider, the model, the attempt number and the token counts the provider reported, following
 * OpenTelemetry's GenAI conventions where they exist; a failed call says what failed ({@link FailureKind#label}: a
 * status code, {@code timeout}, {@code empty-answer}...). Never a prompt, an answer, a URL or a header. The timer
 * {@code copydesk.llm.call.latency} has one series per outcome: {@code answered}, {@code empty}, {@code interrupted}
 * or the {@link FailureKind} in lower case.
 */
final class LlmCallTelemetry implements LlmCallObserver {

    static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("copydesk.llm.attempt");
    static final AttributeKey<Long> INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
    static final AttributeKey<Long> OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");

    private final Tracer tracer;
    private final MeterRegistry registry;
    private final String provider;
    private final String model;

    LlmCallTelemetry(Tracer tracer, MeterRegistry registry, String provider, String model) {
        this.tracer = tracer;
        this.registry = registry;
        this.provider = provider;
        this.model = model;
    }

    @Override
    public Call started(int attempt) {
        Span span = tracer.spanBuilder("chat " + model)
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("gen_ai.operation.name", "chat")
                .setAttribute("gen_ai.provider.name", provider)
                .setAttribute("gen_ai.request.model", model)
                .setAttribute(ATTEMPT, (long) attempt)
                .startSpan();
        // Current for the call: the HTTP client's span (and traceparent to the provider) hangs under it.
        Scope scope = span.makeCurrent();
        long started = System.nanoTime();
        return new Call() {
            private String outcome = "answered";

            @Override
            public void answered(LlmReply reply) {
                span.setAttribute(INPUT_TOKENS, reply.tokensIn());
                span.setAttribute(OUTPUT_TOKENS, reply.tokensOut());
                if (reply.text() == null || reply.text().isBlank()) {
                    outcome = "empty";
                    span.setStatus(StatusCode.ERROR);
                    span.setAttribute("error.type", "empty-answer");
                }
            }

            @Override
            public void failed(Throwable error) {
                outcome = FailureKind.isInterrupt(error) ? "interrupted"
                        : FailureKind.of(error).name().toLowerCase(Locale.ROOT);
                span.setStatus(StatusCode.ERROR);
                span.setAttribute("error.type", FailureKind.label(error));
            }

            @Override
            public void end() {
                scope.close();
                span.end();
                Timer.builder("copydesk.llm.call.latency")
                        .description("one call to the model, from sending to its answer or failure")
                        .tag("outcome", outcome)
                        .serviceLevelObjectives(StageMetrics.LATENCY_BUCKETS)
                        .register(registry)
                        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        };
    }
}
