package dev.copydesk.llm;

import dev.copydesk.llm.AttemptHistory.Whose;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The only retry layer between copydesk and a model. Every call first fits the worker's token budget, then passes
 * the circuit breaker and any Retry-After cooldown. Failures are sorted by what they mean:
 * <ul>
 * <li>an outage (the provider unreachable, or failing every call) is waited out for as long as it lasts, and only
 *     such shared failures count toward the circuit breaker;</li>
 * <li>a failure of this request alone (a 5xx, a timeout or an empty answer while the provider answers other calls
 *     or a {@link ProviderCanary canary}) is retried within the {@link RetryPolicy}'s limits, then given up as an
 *     {@link LlmFailedForArticleException}, so one bad article cannot hold its partition or pause the worker;</li>
 * <li>a 429 waits as long as the provider says;</li>
 * <li>a request the provider refuses as such (400, 413, 422) is given up after {@code maxRejections} tries.</li>
 * </ul>
 * An interrupt (the worker shutting down) ends the call without counting as anyone's failure.
 */
public final class ResilientLlm {

    private static final Logger LOG = Logger.getLogger(ResilientLlm.class);
    /** Rough size of a token in characters, for estimates before the provider reports real usage. */
    static final int CHARS_PER_TOKEN = 4;

    private final LlmClient client;
    private final CircuitBreaker breaker;
    private final TokenBudget budget;
    private final ProviderCooldown cooldown;
    private final RetryPolicy policy;
    private final ProviderCanary canary;
    private final Clock clock;
    private final CircuitBreaker.Sleeper sleeper;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Calls answered since start, all requests together: what tells one request's failure from an outage. */
    private final AtomicLong answered = new AtomicLong();
    private volatile LlmCallObserver observer = LlmCallObserver.NONE;

    public ResilientLlm(LlmClient client, CircuitBreaker breaker, TokenBudget budget, ProviderCooldown cooldown,
                        RetryPolicy policy, Clock clock, CircuitBreaker.Sleeper sleeper) {
        this.client = client;
        this.breaker = breaker;
        this.budget = budget;
        this.cooldown = cooldown;
        this.policy = policy;
        this.canary = new ProviderCanary(client, clock);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public LlmReply call(String systemPrompt, String userPrompt, long expectedOutputTokens, String label) {
        long estimate = (systemPrompt.length() + userPrompt.length()) / CHARS_PER_TOKEN + expectedOutputTokens;
        AttemptHistory history = new AttemptHistory(clock);
        long answeredBefore = answeredSoFar();
        while (true) {
            CircuitBreaker.Permit permit = waitForTurn(estimate);
            history.attempted();
            Instant sentAt = clock.instant();
            inFlight.incrementAndGet();
            LlmCallObserver.Call observed = observer.started(history.attempts());
            RuntimeException failure;
            try {
                LlmReply reply = client.chat(systemPrompt, userPrompt);
                observed.answered(reply);
                long used = reply.tokensIn() + reply.tokensOut();
                budget.settle(estimate, used > 0 ? used : estimate);
                if (reply.text() != null && !reply.text().isBlank()) {
                    answered.incrementAndGet();
                    breaker.onSuccess();
                    return reply.afterAttempts(history.attempts());
                }
                failure = new EmptyAnswerException("the provider answered 200 with no content ("
                        + reply.tokensOut() + " completion tokens)");
            } catch (Error e) {
                observed.failed(e);
                breaker.onNeutral(permit);
                budget.settle(estimate, 0);
                throw e;
            } catch (RuntimeException e) {
                observed.failed(e);
                budget.settle(estimate, 0);
                if (FailureKind.isInterrupt(e) || Thread.currentThread().isInterrupted()) {
                    breaker.onNeutral(permit);
                    throw interrupted(e);
                }
                failure = e;
            } finally {
                inFlight.decrementAndGet();
                observed.end();
            }
            Duration wait = onFailure(failure, permit, sentAt, answeredBefore, history, label);
            answeredBefore = answeredSoFar();
            pause(wait);
        }
    }

    /**
     * Sorts out a failed call, tells the breaker what concerns it, and returns how long to wait before the next try;
     * throws when this request is given up.
     */
    private Duration onFailure(RuntimeException error, CircuitBreaker.Permit permit, Instant sentAt,
                               long answeredBefore, AttemptHistory history, String label) {
        FailureKind kind = FailureKind.of(error);
        String what = FailureKind.label(error);
        Instant failedAt = clock.instant();
        Duration callTime = Duration.between(sentAt, failedAt);
        Duration wait = policy.backoff().delay(history.failures() + 1, ThreadLocalRandom.current().nextDouble());
        Whose whose = switch (kind) {
            case THROTTLED -> {
                breaker.onNeutral(permit);
                Duration asked = cooldown.remaining();
                wait = asked.compareTo(wait) > 0 ? asked : wait;
                yield Whose.THROTTLED;
            }
            case REJECTED -> {
                breaker.onNeutral(permit);
                yield Whose.REJECTED;
            }
            case UNAVAILABLE -> {
                breaker.onFailure(permit);
                yield Whose.SHARED;
            }
            case FAULT -> {
                if (othersAnsweredSince(answeredBefore, failedAt)) {
                    breaker.onNeutral(permit);
                    yield Whose.ARTICLE;
                }
                breaker.onFailure(permit);
                yield Whose.SHARED;
            }
        };
        history.failed(what, whose, callTime.plus(wait));
        if (whose == Whose.REJECTED && history.count(Whose.REJECTED) >= policy.maxRejections()) {
            throw new LlmCallException("the provider refused the request " + history.count(Whose.REJECTED)
                    + " times: " + describe(error), history, error);
        }
        if (whose == Whose.ARTICLE && policy.articleExhausted(history)) {
            LOG.warnf("giving up on %s: the model failed it while answering other calls (%s)", label, history);
            throw new LlmFailedForArticleException("the model failed this article " + history.count(Whose.ARTICLE)
                    + " times while it answered other calls (" + history.failureList() + "; last: "
                    + describe(error) + ")", history, error);
        }
        LOG.warnf("LLM call for %s failed (attempt %d, %s, %s): %s; retrying in %d ms", label, history.attempts(),
                what, whose.label(), describe(error), wait.toMillis());
        return wait;
    }

    /**
     * Whether the provider answered someone else while this request was failing: another call since this request's
     * previous failure, or else a canary sent since it failed. Only then is a failure this request's own.
     */
    private boolean othersAnsweredSince(long answeredBefore, Instant failedAt) {
        if (answeredSoFar() > answeredBefore) {
            return true;
        }
        try {
            boolean up = canary.answeredSince(failedAt);
            if (up) {
                breaker.onSuccess();
            }
            return up;
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    private long answeredSoFar() {
        return answered.get() + canary.answers();
    }

    private CircuitBreaker.Permit waitForTurn(long estimate) {
        boolean reserved = false;
        CircuitBreaker.Permit permit = null;
        try {
            budget.acquire(estimate);
            reserved = true;
            while (true) {
                permit = breaker.awaitPermission();
                if (permit == CircuitBreaker.Permit.REGULAR) {
                    break;
                }
                // The half-open circuit's probe is the canary, never an article: an article that fails on its own
                // must not reopen the circuit and pause the whole worker.
                if (canary.answeredSince(clock.instant())) {
                    breaker.onSuccess();
                    permit = CircuitBreaker.Permit.REGULAR;
                    break;
                }
                breaker.onFailure(CircuitBreaker.Permit.PROBE);
                permit = null;
            }
            Duration cooling = cooldown.remaining();
            if (!cooling.isZero()) {
                sleeper.sleep(cooling);
            }
            return permit;
        } catch (InterruptedException e) {
            if (permit != null) {
                // This caller may hold the half-open probe: give it back, or every other caller would wait forever.
                breaker.onNeutral(permit);
            }
            if (reserved) {
                budget.settle(estimate, 0);
            }
            throw interrupted(e);
        }
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /** Shutdown, not a failure: the thread stays interrupted and the record uncommitted for the next worker. */
    private static IllegalStateException interrupted(Exception cause) {
        Thread.currentThread().interrupt();
        return new IllegalStateException("interrupted while calling the LLM; the record stays uncommitted", cause);
    }

    /** Who watches each call from now on (spans and meters: {@link LlmMeters#watch}). */
    public void observeCalls(LlmCallObserver observer) {
        this.observer = observer;
    }

    /** Calls waiting for an answer right now. */
    public int inFlight() {
        return inFlight.get();
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    public String provider() {
        return client.provider();
    }

    public String model() {
        return client.model();
    }

    /** The exception chain's types and first message lines: enough to diagnose, never a request or a header. */
    static String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        for (Throwable cause = error; cause != null && out.length() < 300; cause = cause.getCause()) {
            if (!out.isEmpty()) {
                out.append(" <- ");
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
            out.append(cause.getClass().getSimpleName()).append(message.isEmpty() ? "" : ": " + message);
        }
        return out.length() > 300 ? out.substring(0, 300) + "…" : out.toString();
    }
}
