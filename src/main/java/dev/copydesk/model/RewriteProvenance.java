package dev.copydesk.model;

/**
 * How the rewrite was made. {@code engine} is {@code llm} or {@code passthrough}; {@code promptVersion} is a hash
 * of the prompt templates; {@code inputHash} a hash of everything that went into the prompt, so a replay can tell
 * whether anything changed.
 */
public record RewriteProvenance(String engine, String provider, String model, String promptVersion, String inputHash,
                                int attempts, long tokensIn, long tokensOut, long latencyMs) {
}
