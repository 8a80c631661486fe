package dev.copydesk.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a model that keeps failing. After {@code failureThreshold} failures in a row the circuit opens:
 * callers wait (holding their records, uncommitted) instead of hammering the provider, so the worker stops taking
 * new records and the Kafka consumer pauses by back-pressure. After {@code openFor} one caller probes; its success
 * closes the circuit and everyone resumes by themselves, its failure opens it again for twice as long (capped).
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    /** What a caller was let through as: only the probe's outcome may close or reopen a half-open circuit. */
    public enum Permit { REGULAR, PROBE }

    /** How callers wait; a seam for tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Duration POLL = Duration.ofMillis(200);

    private final int failureThreshold;
    private final Duration baseOpenFor;
    private final Duration maxOpenFor;
    private final Clock clock;
    private final Sleeper sleeper;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Duration openFor;
    private Instant openedAt = Instant.EPOCH;
    private boolean probeInFlight;
    private long openings;

    public CircuitBreaker(int failureThreshold, Duration openFor, Duration maxOpenFor, Clock clock, Sleeper sleeper) {
        this.failureThreshold = failureThreshold;
        this.baseOpenFor = openFor;
        this.maxOpenFor = maxOpenFor;
        this.openFor = openFor;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Blocks until this caller may call the model; the permit is handed back with the call's outcome. */
    public Permit awaitPermission() throws InterruptedException {
        while (true) {
            Duration wait;
            synchronized (this) {
                if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
                    state = State.HALF_OPEN;
                }
                if (state == State.CLOSED) {
                    return Permit.REGULAR;
                }
                if (state == State.HALF_OPEN && !probeInFlight) {
                    probeInFlight = true;
                    return Permit.PROBE;
                }
                Duration left = Duration.between(clock.instant(), openedAt.plus(openFor));
                wait = state == State.OPEN && left.compareTo(POLL) < 0 && !left.isNegative() ? left : POLL;
            }
            sleeper.sleep(wait.isZero() ? Duration.ofMillis(1) : wait);
        }
    }

    public synchronized void onSuccess() {
        consecutiveFailures = 0;
        probeInFlight = false;
        openFor = baseOpenFor;
        state = State.CLOSED;
    }

    public synchronized void onFailure(Permit permit) {
        consecutiveFailures++;
        if (permit == Permit.PROBE) {
            probeInFlight = false;
            Duration doubled = openFor.multipliedBy(2);
            openFor = doubled.compareTo(maxOpenFor) > 0 ? maxOpenFor : doubled;
            open();
        } else if (state == State.CLOSED && consecutiveFailures >= failureThreshold) {
            open();
        }
    }

    /** A caller that got permission but did not get an answer either way (e.g. a rejected request). */
    public synchronized void onNeutral(Permit permit) {
        if (permit == Permit.PROBE) {
            probeInFlight = false;
        }
    }

    private void open() {
        if (state != State.OPEN) {
            openings++;
        }
        state = State.OPEN;
        openedAt = clock.instant();
    }

    /** How many times the circuit went from closed or half-open to open since start. */
    public synchronized long openings() {
        return openings;
    }

    public synchronized State state() {
        return state;
    }

    public synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** When an open circuit lets the next probe through. */
    public synchronized Instant probeAt() {
        return openedAt.plus(openFor);
    }
}
