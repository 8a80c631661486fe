package dev.copydesk.llm;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Meters of the model access: calls in flight, circuit state, the one the health check reads, and each call's
 * latency and span ({@link LlmCallTelemetry}).
 */
@ApplicationScoped
public class LlmMeters {

    private final MeterRegistry registry;
    private final Tracer tracer;
    private final AtomicReference<ResilientLlm> watched = new AtomicReference<>();

    LlmMeters(MeterRegistry registry, Tracer tracer) {
        this.registry = registry;
        this.tracer = tracer;
    }

    public void watch(ResilientLlm llm) {
        watched.set(llm);
        llm.observeCalls(new LlmCallTelemetry(tracer, registry, llm.provider(), llm.model()));
        Gauge.builder("copydesk.llm.in.flight", llm, ResilientLlm::inFlight)
                .description("LLM calls waiting for an answer").register(registry);
        Gauge.builder("copydesk.llm.circuit.open", llm, model -> model.breaker().state() == CircuitBreaker.State.CLOSED ? 0 : 1)
                .description("1 while the circuit breaker holds calls back (consumption paused)").register(registry);
        FunctionCounter.builder("copydesk.llm.circuit.openings", llm, model -> model.breaker().openings())
                .description("times the circuit breaker opened: outages, never one article's own failures")
                .register(registry);
    }

    /** The model access being watched, if an LLM is configured. */
    public Optional<ResilientLlm> watched() {
        return Optional.ofNullable(watched.get());
    }
}
