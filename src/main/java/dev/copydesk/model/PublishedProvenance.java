package dev.copydesk.model;

/**
 * Provenance of both stages that made a published article, and of the editor's approval when the article was
 * published from the review desk ({@code review}; absent otherwise).
 */
public record PublishedProvenance(RewriteProvenance rewrite, SeoProvenance seo, ReviewApproval review) {

    /** An article published by the stages alone, with no editor involved. */
    public PublishedProvenance(RewriteProvenance rewrite, SeoProvenance seo) {
        this(rewrite, seo, null);
    }
}
