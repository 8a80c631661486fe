package dev.copydesk.llm;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;


/**
 * The circuit breaker, in its own health group ({@code /q/health/group/llm}): DOWN while it is open, because the
 * worker then holds its records and takes no new ones (consumption paused) until a probe call succeeds. Not in
 * readiness: every worker pauses at once in an outage, a NotReady pod serves nothing less (a worker has no traffic
 * to route), and NotReady pods leave a PodDisruptionBudget no disruption to allow, which would block node drains for
 * as long as the provider is down. Not in liveness either: restarting would not help.
 */
@HealthGroup(LlmHealthCheck.GROUP)
@ApplicationScoped
public class LlmHealthCheck implements HealthCheck {

    /** Served at /q/health/group/llm. */
    public static final String GROUP = "llm";

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
