package dev.copydesk.model;

import java.time.Instant;
import java.util.Map;

/** One event per article, locale and stage on {@code articles.metrics}; locale is null before the fan-out. */
public record ArticleMetrics(String stage, String id, String locale, ArticleStatus status, long latencyMs,
                             long tokensIn, long tokensOut, int attempts, Map<String, Integer> scores,
                             String reason, Instant at) {

    public ArticleMetrics {
        scores = Maps.orderedCopy(scores);
    }
}
