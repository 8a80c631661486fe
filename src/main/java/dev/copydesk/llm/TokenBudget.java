package dev.copydesk.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A worker's share of the provider quota, in tokens per minute and requests per minute, shared by all its calls in
 * flight. A call reserves its estimated tokens (prompt + expected answer) before it goes out and the reservation is
 * corrected with the usage the provider reports afterwards, so big articles weigh more than small ones. Both budgets
 * refill continuously; zero or less means unlimited.
 */
public final class TokenBudget {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final double tokensPerMinute;
    private final double requestsPerMinute;
    private final Clock clock;
    private final CircuitBreaker.Sleeper sleeper;

    private double tokens;
    private double requests;
    private Instant refilledAt;

    public TokenBudget(long tokensPerMinute, long requestsPerMinute, Clock clock, CircuitBreaker.Sleeper sleeper) {
        this.tokensPerMinute = tokensPerMinute;
        this.requestsPerMinute = requestsPerMinute;
        this.clock = clock;
        this.sleeper = sleeper;
        this.tokens = tokensPerMinute;
        this.requests = requestsPerMinute;
        this.refilledAt = clock.instant();
    }

    /** Blocks until a call of {@code estimatedTokens} fits both budgets, then reserves it. */
    public void acquire(long estimatedTokens) throws InterruptedException {
        while (true) {
            Duration wait;
            synchronized (this) {
                refill();
                // A request bigger than the whole budget would never fit, and waiting for a full bucket could starve it
                // under load: it goes as soon as the budget is not in debt, and takes the budget into debt.
                double neededTokens = estimatedTokens >= tokensPerMinute ? Math.ulp(0.0) : estimatedTokens;
                boolean tokensOk = tokensPerMinute <= 0 || tokens >= neededTokens;
                boolean requestsOk = requestsPerMinute <= 0 || requests >= 1;
                if (tokensOk && requestsOk) {
                    if (tokensPerMinute > 0) {
                        tokens -= estimatedTokens;
                    }
                    if (requestsPerMinute > 0) {
                        requests -= 1;
                    }
                    return;
                }
                double tokenWait = tokensOk ? 0 : (neededTokens - tokens) / tokensPerMinute;
                double requestWait = requestsOk ? 0 : (1 - requests) / requestsPerMinute;
                wait = Duration.ofMillis(Math.max(1, (long) Math.ceil(Math.max(tokenWait, requestWait) * 60_000)));
            }
            sleeper.sleep(wait);
        }
    }

    /** Corrects a reservation with what the call really used (or gives it back when it failed: {@code actual} 0). */
    public synchronized void settle(long estimatedTokens, long actualTokens) {
        if (tokensPerMinute > 0) {
            refill();
            tokens = Math.min(tokensPerMinute, tokens + estimatedTokens - actualTokens);
        }
    }

    /** Tokens left in the budget now (for metrics). */
    public synchronized double availableTokens() {
        refill();
        return tokens;
    }

    private void refill() {
        Instant now = clock.instant();
        double minutes = Duration.between(refilledAt, now).toNanos() / (double) MINUTE.toNanos();
        refilledAt = now;
        if (tokensPerMinute > 0) {
            tokens = Math.min(tokensPerMinute, tokens + minutes * tokensPerMinute);
        }
        if (requestsPerMinute > 0) {
            requests = Math.min(requestsPerMinute, requests + minutes * requestsPerMinute);
        }
    }
}
