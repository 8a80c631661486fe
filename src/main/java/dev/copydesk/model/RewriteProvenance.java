package dev.copydesk.model;

/**
 * How the rewrite was made. {@code engine} is {@code llm} or {@code passthrough}; {@code promptVersion} is a hash
 * of the prompt templates; {@code inputHash} a hash of everything that went into the prompt, so a replay can tell
 * whether anything changed. {@code attempts} counts every call (retries and repairs included), {@code repairs} the
 * follow-ups that asked the model to fix a failed gate; {@code estimatedCost} prices the tokens with
 * {@code copydesk.llm.price-per-1k-*}; {@code cached} is true when the rewrite came from the response cache, which
 * cost no call (tokens and cost are then 0). {@code seoRepairs} counts the follow-up (0 or 1) that asked the model
 * to meet the search and readability targets once the gates passed, its tokens and cost included in the totals;
 * {@code seoRepairOutcome} says whether its draft was {@code kept} or {@code discarded} (the earlier draft kept),
 * and is absent when there was no such round.
 */
public record RewriteProvenance(String engine, String provider, String model, String promptVersion, String inputHash,
                                int attempts, long tokensIn, long tokensOut, long latencyMs, int repairs,
                                double estimatedCost, boolean cached, int seoRepairs, String seoRepairOutcome) {

    /** The SEO repair's draft passed every gate again and replaced the earlier one. */
    public static final String SEO_REPAIR_KEPT = "kept";
    /** The SEO repair's draft failed a gate, was unreadable or no better: the earlier draft went on. */
    public static final String SEO_REPAIR_DISCARDED = "discarded";

    /** Provenance of a rewrite made without an SEO repair round. */
    public RewriteProvenance(String engine, String provider, String model, String promptVersion, String inputHash,
                             int attempts, long tokensIn, long tokensOut, long latencyMs, int repairs,
                             double estimatedCost, boolean cached) {
        this(engine, provider, model, promptVersion, inputHash, attempts, tokensIn, tokensOut, latencyMs, repairs,
                estimatedCost, cached, 0, null);
    }

    /** Provenance of a rewrite made without repairs, cost or cache. */
    public RewriteProvenance(String engine, String provider, String model, String promptVersion, String inputHash,
                             int attempts, long tokensIn, long tokensOut, long latencyMs) {
        this(engine, provider, model, promptVersion, inputHash, attempts, tokensIn, tokensOut, latencyMs, 0, 0, false);
    }

    /** The same rewrite served again from the cache: no call, no tokens, no cost, this run's latency. */
    public RewriteProvenance servedFromCache(long latencyMs) {
        return new RewriteProvenance(engine, provider, model, promptVersion, inputHash, 0, 0, 0, latencyMs, 0, 0, true);
    }
}
