package dev.copydesk.llm;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CircuitBreakerTests {

    private final FakeTime time = new FakeTime();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), Duration.ofSeconds(30),
            time, time);

    @Test
    void opensAfterTheThresholdOfConsecutiveFailures() {
        breaker.onFailure(CircuitBreaker.Permit.REGULAR);
        breaker.onFailure(CircuitBreaker.Permit.REGULAR);
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        breaker.onFailure(CircuitBreaker.Permit.REGULAR);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    @Test
    void aSuccessResetsTheCount() {
        breaker.onFailure(CircuitBreaker.Permit.REGULAR);
        breaker.onFailure(CircuitBreaker.Permit.REGULAR);
        breaker.onSuccess();
        breaker.onFailure(CircuitBreaker.Permit.REGULAR);
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void anOpenCircuitHoldsCallersUntilTheProbeTime() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            breaker.onFailure(CircuitBreaker.Permit.REGULAR);
        }
        breaker.awaitPermission();
        assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state());
        assertTrue(time.slept().compareTo(Duration.ofSeconds(10)) >= 0, "held for " + time.slept());
    }

    @Test
    void aFailedProbeDoublesTheOpenPeriodUpToTheCap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            breaker.onFailure(CircuitBreaker.Permit.REGULAR);
        }
        breaker.onFailure(breaker.awaitPermission());
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertEquals(time.instant().plusSeconds(20), breaker.probeAt());
        breaker.onFailure(breaker.awaitPermission());
        assertEquals(time.instant().plusSeconds(30), breaker.probeAt());
    }

    @Test
    void onlyTheProbeOutcomeReopensAHalfOpenCircuit() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            breaker.onFailure(CircuitBreaker.Permit.REGULAR);
        }
        assertEquals(CircuitBreaker.Permit.PROBE, breaker.awaitPermission());
        breaker.onFailure(CircuitBreaker.Permit.REGULAR);
        assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state(), "a late failure of an older call changes nothing");
        breaker.onNeutral(CircuitBreaker.Permit.REGULAR);
        assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state());
    }

    @Test
    void aSuccessfulProbeClosesTheCircuit() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            breaker.onFailure(CircuitBreaker.Permit.REGULAR);
        }
        breaker.awaitPermission();
        breaker.onSuccess();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }
}
