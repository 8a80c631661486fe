package dev.copydesk.model;

/** Provenance of both stages that made a published article. */
public record PublishedProvenance(RewriteProvenance rewrite, SeoProvenance seo) {
}
