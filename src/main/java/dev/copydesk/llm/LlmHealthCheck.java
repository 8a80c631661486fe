package dev.copydesk.llm;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness shows the circuit breaker: DOWN while it is open, because the worker then holds its records and takes no
 * new ones (consumption paused) until a probe call succeeds. Liveness is unaffected: restarting would not help.
 */
@Readiness
@ApplicationScoped
public class LlmHealthCheck implements HealthCheck {

    private final LlmMeters meters;

    LlmHealthCheck(LlmMeters meters) {
        this.meters = meters;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("copydesk-llm");
        return meters.watched().map(llm -> {
            CircuitBreaker breaker = llm.breaker();
            CircuitBreaker.State state = breaker.state();
            response.withData("engine", "llm").withData("provider", llm.provider())
                    .withData("circuit", state.name().toLowerCase())
                    .withData("consumption", state == CircuitBreaker.State.CLOSED ? "running" : "paused")
                    .withData("inFlight", llm.inFlight())
                    .withData("consecutiveFailures", breaker.consecutiveFailures())
                    .withData("circuitOpenings", breaker.openings());
            if (state != CircuitBreaker.State.CLOSED) {
                response.withData("nextProbeAt", breaker.probeAt().toString());
            }
            return response.status(state == CircuitBreaker.State.CLOSED).build();
        }).orElseGet(() -> response.up().withData("engine", "passthrough").build());
    }
}
