package dev.copydesk.llm;

import java.time.Duration;

/**
 * How {@link ResilientLlm} retries. An outage is waited out without limit; what is the request's own fault has
 * limits: {@code maxRejections} refusals (400, 413, 422), and {@code maxArticleFailures} failures of its own
 * (5xx, timeout, empty answer while other calls are answered) or {@code maxArticleFailureTime} spent on them,
 * whichever comes first.
 */
public record RetryPolicy(Backoff backoff, int maxRejections, int maxArticleFailures, Duration maxArticleFailureTime) {

    public RetryPolicy {
        if (maxRejections < 1 || maxArticleFailures < 1) {
            throw new IllegalArgumentException("retry limits must be at least 1 (max-rejected-attempts "
                    + maxRejections + ", article-failure.max-attempts " + maxArticleFailures + ")");
        }
        if (maxArticleFailureTime.isNegative() || maxArticleFailureTime.isZero()) {
            throw new IllegalArgumentException("article-failure.max-duration must be positive");
        }
    }

    /** Whether the article has failed on its own as often or as long as it may. */
    boolean articleExhausted(AttemptHistory history) {
        return history.count(AttemptHistory.Whose.ARTICLE) >= maxArticleFailures
                || history.articleTime().compareTo(maxArticleFailureTime) >= 0;
    }
}
