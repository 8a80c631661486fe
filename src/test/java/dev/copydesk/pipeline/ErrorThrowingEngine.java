package dev.copydesk.pipeline;

import dev.copydesk.ingest.LanguageDetector;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.rewrite.PassthroughEngine;
import dev.copydesk.rewrite.RewriteEngine;
import dev.copydesk.rewrite.RewriteGates;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The passthrough engine, except for articles whose id starts with {@link #PREFIX}: for those it throws a
 * StackOverflowError, as deep recursion over hostile text does (quotation matching over an unclosed quote did).
 * Enabled only by {@link PoisonPipelineProfile}.
 */
@Alternative
@Singleton
public class ErrorThrowingEngine implements RewriteEngine {

    static final String PREFIX = "stack-overflow-";

    private final RewriteEngine passthrough;

    ErrorThrowingEngine(LanguageDetector languageDetector) {
        this.passthrough = new PassthroughEngine(new RewriteGates(languageDetector));
    }

    @Override
    public RewrittenArticle rewrite(WorkItem item) {
        if (item.article().id().startsWith(PREFIX)) {
            throw new StackOverflowError("simulated for " + item.key());
        }
        return passthrough.rewrite(item);
    }
}
