package dev.copydesk.model;

/**
 * Provenance of both stages that made a published article. {@code pipelineVersion} names, in one string, every
 * version that shapes the article: the application's, the rewrite's prompt version and the SEO rules version
 * ({@code <app>/<promptVersion>/<rulesVersion>}), so a replay's output can be told from the one it replaces.
 * {@code review} is the editor's approval when the article was published from the review desk; absent otherwise.
 */
public record PublishedProvenance(RewriteProvenance rewrite, SeoProvenance seo, String pipelineVersion,
                                  ReviewApproval review) {

    /** Before the stage stamps the pipeline version. */
    public PublishedProvenance(RewriteProvenance rewrite, SeoProvenance seo) {
        this(rewrite, seo, null, null);
    }

    /** An article published by the stages alone, with no editor involved. */
    public PublishedProvenance(RewriteProvenance rewrite, SeoProvenance seo, String pipelineVersion) {
        this(rewrite, seo, pipelineVersion, null);
    }

    /** This provenance with the pipeline version of an application at {@code appVersion}. */
    public PublishedProvenance withPipelineVersion(String appVersion) {
        String promptVersion = rewrite == null || rewrite.promptVersion() == null ? "none" : rewrite.promptVersion();
        String rulesVersion = seo == null || seo.rulesVersion() == null ? "none" : seo.rulesVersion();
        return new PublishedProvenance(rewrite, seo, appVersion + "/" + promptVersion + "/" + rulesVersion, review);
    }

    /** This provenance with an editor's approval. */
    public PublishedProvenance withReview(ReviewApproval approval) {
        return new PublishedProvenance(rewrite, seo, pipelineVersion, approval);
    }
}
