package dev.copydesk.model;

/** How the SEO package was made: the rules version changes whenever the rules' output can change. */
public record SeoProvenance(String engine, String rulesVersion, long latencyMs) {
}
