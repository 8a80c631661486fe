package dev.copydesk.llm;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The only retry layer between copydesk and a model. Every call first fits the worker's token budget, then passes
 * the circuit breaker and any Retry-After cooldown. Failures are sorted by what they mean: an outage (5xx, timeout,
 * connection, auth) is waited out for as long as it lasts; a 429 waits as long as the provider says; a request the
 * provider refuses as such (400, 413, 422) is given up after {@code maxRejections} tries, as an
 * {@link LlmCallException}. Nothing here ever gives up on an article because the provider is down.
 */
public final class ResilientLlm {

    private static final Logger LOG = Logger.getLogger(ResilientLlm.class);
    /** Rough size of a token in characters, for estimates before the provider reports real usage. */
    static final int CHARS_PER_TOKEN = 4;

    private final LlmClient client;
    private final CircuitBreaker breaker;
    private final TokenBudget budget;
    private final ProviderCooldown cooldown;
    private final Backoff backoff;
    private final int maxRejections;
    private final CircuitBreaker.Sleeper sleeper;
    private final AtomicInteger inFlight = new AtomicInteger();

    public ResilientLlm(LlmClient client, CircuitBreaker breaker, TokenBudget budget, ProviderCooldown cooldown,
                        Backoff backoff, int maxRejections, CircuitBreaker.Sleeper sleeper) {
        this.client = client;
        this.breaker = breaker;
        this.budget = budget;
        this.cooldown = cooldown;
        this.backoff = backoff;
        this.maxRejections = maxRejections;
        this.sleeper = sleeper;
    }

    public LlmAnswer call(String systemPrompt, String userPrompt, long expectedOutputTokens, String label) {
        long estimate = (systemPrompt.length() + userPrompt.length()) / CHARS_PER_TOKEN + expectedOutputTokens;
        int attempts = 0;
        int failures = 0;
        int rejections = 0;
        while (true) {
            attempts++;
            CircuitBreaker.Permit permit = waitForTurn(estimate);
            inFlight.incrementAndGet();
            try {
                LlmReply reply = client.chat(systemPrompt, userPrompt);
                breaker.onSuccess();
                long used = reply.tokensIn() + reply.tokensOut();
                budget.settle(estimate, used > 0 ? used : estimate);
                return new LlmAnswer(reply.text(), reply.tokensIn(), reply.tokensOut(), attempts);
            } catch (Error e) {
                breaker.onNeutral(permit);
                throw e;
            } catch (RuntimeException e) {
                budget.settle(estimate, 0);
                failures++;
                FailureKind kind = FailureKind.of(e);
                Duration wait = backoff.delay(failures, ThreadLocalRandom.current().nextDouble());
                switch (kind) {
                    case THROTTLED -> {
                        breaker.onNeutral(permit);
                        Duration asked = cooldown.remaining();
                        wait = asked.compareTo(wait) > 0 ? asked : wait;
                    }
                    case REJECTED -> {
                        breaker.onNeutral(permit);
                        if (++rejections >= maxRejections) {
                            throw new LlmCallException("the provider refused the request " + rejections
                                    + " times: " + describe(e), e);
                        }
                    }
                    case UNAVAILABLE -> breaker.onFailure(permit);
                }
                LOG.warnf("LLM call for %s failed (attempt %d, %s): %s; retrying in %d ms", label, attempts,
                        kind, describe(e), wait.toMillis());
                pause(wait);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private CircuitBreaker.Permit waitForTurn(long estimate) {
        boolean reserved = false;
        CircuitBreaker.Permit permit = null;
        try {
            budget.acquire(estimate);
            reserved = true;
            permit = breaker.awaitPermission();
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
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the LLM; the record stays uncommitted", e);
        }
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the LLM; the record stays uncommitted", e);
        }
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
