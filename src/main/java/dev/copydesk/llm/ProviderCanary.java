package dev.copydesk.llm;

import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny request of the worker's own, the same for every article, that tells whether the provider answers right
 * now. It settles what a failed article call alone cannot: a 5xx or a timeout on one request is an outage if the
 * canary fails too, and that request's own fault if the canary is answered. It is also the circuit breaker's probe,
 * so an article that fails on its own can never keep the circuit open.
 *
 * <p>Callers that need an answer at the same time share one canary: a caller waits for the canary in flight, or
 * takes the answer of one sent at or after the moment it asks about, and sends one only when there is neither (when
 * the provider hangs, sixteen calls timing out together make one canary, not sixteen). A canary is a few tokens and
 * is not charged to the token budget.
 */
public final class ProviderCanary {

    private static final Logger LOG = Logger.getLogger(ProviderCanary.class);

    /** The canary's messages: always the same, so a test stub or a proxy log can tell it from an article. */
    public static final String SYSTEM_PROMPT = "You answer health checks.";
    public static final String USER_PROMPT = "Reply with the single word OK.";

    /** One canary call: when it was sent and whether it was answered. */
    private record Check(Instant sentAt, CompletableFuture<Boolean> answered) {
    }

    /** The check's own thread was interrupted: its waiters must send another. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }

    private final LlmClient client;
    private final Clock clock;
    private final AtomicLong answers = new AtomicLong();
    /** Guarded by {@code this}. */
    private Check latest;

    ProviderCanary(LlmClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /**
     * Whether the provider answers a canary: the one in flight, or one sent at or after {@code since}, or a new one.
     * Blocks until it is known.
     */
    boolean answeredSince(Instant since) throws InterruptedException {
        while (true) {
            Check check;
            boolean mine = false;
            synchronized (this) {
                boolean usable = latest != null && !latest.answered().isCompletedExceptionally()
                        && (!latest.answered().isDone() || !latest.sentAt().isBefore(since));
                if (!usable) {
                    latest = new Check(clock.instant(), new CompletableFuture<>());
                    mine = true;
                }
                check = latest;
            }
            if (mine) {
                return send(check);
            }
            try {
                return check.answered().get();
            } catch (ExecutionException abandoned) {
                // its sender was interrupted: loop, and send one ourselves
            }
        }
    }

    /** Canaries answered since start: evidence, for every caller, that the provider was up. */
    long answers() {
        return answers.get();
    }

    private boolean send(Check check) throws InterruptedException {
        try {
            LlmReply reply = client.chat(SYSTEM_PROMPT, USER_PROMPT);
            boolean answered = reply.text() != null && !reply.text().isBlank();
            if (answered) {
                answers.incrementAndGet();
            }
            check.answered().complete(answered);
            return answered;
        } catch (RuntimeException e) {
            if (FailureKind.isInterrupt(e) || Thread.currentThread().isInterrupted()) {
                check.answered().completeExceptionally(new Abandoned());
                throw new InterruptedException("interrupted during the canary call");
            }
            if (FailureKind.of(e) == FailureKind.THROTTLED) {
                // A 429 is an answer: the provider is up and asks us to slow down, which the calls' own Retry-After
                // handling does. Counting it as down would keep the circuit open through a burst of 429s, each
                // probe doubling the wait, long after the provider could serve.
                answers.incrementAndGet();
                check.answered().complete(true);
                return true;
            }
            LOG.debugf("canary call failed: %s", ResilientLlm.describe(e));
            check.answered().complete(false);
            return false;
        } catch (Error e) {
            check.answered().completeExceptionally(new Abandoned());
            throw e;
        }
    }
}
