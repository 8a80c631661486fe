package dev.copydesk.rewrite;

import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.RewrittenArticle;

/** Turns one work item into one rewritten article. */
public interface RewriteEngine {

    RewrittenArticle rewrite(WorkItem item);
}
