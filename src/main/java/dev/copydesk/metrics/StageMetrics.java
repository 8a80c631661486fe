package dev.copydesk.metrics;

import dev.copydesk.model.ArticleMetrics;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Assessment;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.model.ReasonCodes;
import dev.copydesk.model.RewriteProvenance;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.tracing.StageTracing;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns each stage outcome into an {@link ArticleMetrics} event and the matching Micrometer meters, so the event
 * stream and the Prometheus figures always tell the same story; the current span (see {@link StageTracing}) gets the
 * outcome too.
 */
@ApplicationScoped
public class StageMetrics {

    public static final String REWRITE = "rewrite";
    public static final String SEO = "seo";

    /** The engine name of {@link RewriteProvenance} for rewrites by a model (fresh or from the cache). */
    static final String LLM_ENGINE = "llm";

    /**
     * Histogram buckets of the latency timers, from a cached rewrite or an SEO pass (milliseconds) to model calls
     * waited out through retries (minutes): Prometheus computes p50/p95/p99 from them
     * ({@code histogram_quantile}). Fixed buckets, so each timer is a bounded number of series.
     */
    public static final Duration[] LATENCY_BUCKETS = {
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(300), Duration.ofSeconds(600)};

    private final MeterRegistry registry;
    private final Clock clock;

    @Inject
    StageMetrics(MeterRegistry registry) {
        this(registry, Clock.systemUTC());
    }

    public StageMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public ArticleMetrics rewritten(RewrittenArticle article) {
        RewriteProvenance provenance = article.provenance();
        Counter.builder("copydesk.llm.tokens").tag("direction", "in").tag("engine", provenance.engine())
                .register(registry).increment(provenance.tokensIn());
        Counter.builder("copydesk.llm.tokens").tag("direction", "out").tag("engine", provenance.engine())
                .register(registry).increment(provenance.tokensOut());
        Counter.builder("copydesk.llm.attempts").tag("engine", provenance.engine())
                .register(registry).increment(provenance.attempts());
        Counter.builder("copydesk.llm.repairs").register(registry).increment(provenance.repairs());
        if (provenance.seoRepairOutcome() != null) {
            Counter.builder("copydesk.rewrite.seo.repairs").description("SEO repair rounds, by whether their draft was kept")
                    .tag("outcome", provenance.seoRepairOutcome()).register(registry).increment();
        }
        Counter.builder("copydesk.llm.cost").description("estimated cost of the tokens, at the configured prices")
                .register(registry).increment(provenance.estimatedCost());
        Counter.builder("copydesk.rewrite.cache.hits").register(registry).increment(provenance.cached() ? 1 : 0);
        if (LLM_ENGINE.equals(provenance.engine())) {
            Counter.builder("copydesk.rewrite.cache.lookups")
                    .description("rewrites the model engine delivered, from the cache or from the model: the hit ratio's"
                            + " denominator")
                    .register(registry).increment();
        }
        article.failedGates().forEach(gate -> Counter.builder("copydesk.gate.failures").tag("code", gate.code())
                .register(registry).increment());
        return outcome(REWRITE, article.id(), article.locale(), article.status(), provenance.latencyMs(),
                provenance.tokensIn(), provenance.tokensOut(), provenance.attempts(), Map.of(), null);
    }

    public ArticleMetrics published(PublishedArticle article, long latencyMs) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Assessment assessment : article.assessments()) {
            scores.put(assessment.id(), assessment.score());
        }
        return outcome(SEO, article.id(), article.locale(), article.status(), latencyMs, 0, 0, 1, scores, null);
    }

    /**
     * The event keeps the full reason code; the meter's {@code reason} label is its bounded form (no array index,
     * no free text), so that bad input cannot create Prometheus series without end.
     */
    public ArticleMetrics deadLettered(String stage, String id, String locale, String reasonCode, long latencyMs) {
        Counter.builder("copydesk.dead.letters").tag("stage", stage)
                .tag("reason", ReasonCodes.metricLabel(reasonCode))
                .register(registry).increment();
        return outcome(stage, id, locale, ArticleStatus.DEAD_LETTERED, latencyMs, 0, 0, 1, Map.of(), reasonCode);
    }

    private ArticleMetrics outcome(String stage, String id, String locale, ArticleStatus status, long latencyMs,
                                   long tokensIn, long tokensOut, int attempts, Map<String, Integer> scores,
                                   String reason) {
        Counter.builder("copydesk.articles").tag("stage", stage).tag("status", status.wireName())
                .register(registry).increment();
        Timer.builder("copydesk.stage.latency").tag("stage", stage)
                .description("time a stage spent on one article and locale, whatever the outcome")
                .serviceLevelObjectives(LATENCY_BUCKETS).register(registry)
                .record(Duration.ofMillis(latencyMs));
        StageTracing.outcome(status, reason);
        return new ArticleMetrics(stage, id, locale, status, latencyMs, tokensIn, tokensOut, attempts, scores, reason,
                clock.instant());
    }
}
