package dev.copydesk.rewrite;

import dev.copydesk.ingest.ArticleIngestor;
import dev.copydesk.ingest.NormalizedArticle;
import dev.copydesk.ingest.RejectedInputException;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.kafka.Channels;
import dev.copydesk.kafka.DeadLetters;
import dev.copydesk.kafka.Outbound;
import dev.copydesk.metrics.StageMetrics;
import dev.copydesk.model.RewrittenArticle;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Raw article in, one rewritten article per target locale out. The record is acknowledged (and so its offset
 * committed) only after every output was acknowledged by the broker; a failing LLM keeps it uncommitted.
 */
@ApplicationScoped
public class RewriteStage {

    private final ArticleIngestor ingestor;
    private final RewriteEngine engine;
    private final Outbound outbound;
    private final DeadLetters deadLetters;
    private final StageMetrics metrics;

    RewriteStage(ArticleIngestor ingestor, RewriteEngine engine, Outbound outbound, DeadLetters deadLetters,
                 StageMetrics metrics) {
        this.ingestor = ingestor;
        this.engine = engine;
        this.outbound = outbound;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    @Incoming(Channels.RAW_ARTICLES)
    @Blocking
    public void onRawArticle(ConsumerRecord<byte[], byte[]> record) {
        long started = System.nanoTime();
        NormalizedArticle article;
        try {
            article = ingestor.ingest(record.value());
        } catch (RejectedInputException e) {
            deadLetters.send(record, StageMetrics.REWRITE, null, null, e.reasonCode(), e.getMessage(), started);
            return;
        }
        for (WorkItem item : article.workItems()) {
            RewrittenArticle rewritten;
            try {
                rewritten = engine.rewrite(item);
            } catch (RejectedInputException e) {
                deadLetters.send(record, StageMetrics.REWRITE, article.id(), item.locale(), e.reasonCode(),
                        e.getMessage(), started);
                continue;
            }
            Outbound.awaitAll(outbound.rewritten(rewritten), outbound.metrics(metrics.rewritten(rewritten)));
        }
    }
}
