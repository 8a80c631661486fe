package dev.copydesk.rewrite;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.ingest.ArticleIngestor;
import dev.copydesk.ingest.NormalizedArticle;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.kafka.Channels;
import dev.copydesk.kafka.DeadLetters;
import dev.copydesk.kafka.KeyOrderedDispatch;
import dev.copydesk.kafka.Outbound;
import dev.copydesk.kafka.PartitionOwnership;
import dev.copydesk.kafka.StageWorkers;
import dev.copydesk.metrics.StageMetrics;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.SourceVersion;
import dev.copydesk.tracing.StageTracing;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Raw article in, one rewritten article per target locale out, stamped with the raw record's version. Records of
 * different articles are processed concurrently on the stage's worker pool, records of one key in order
 * ({@link KeyOrderedDispatch}). A record is acknowledged, and so its offset committable, only after every output
 * was acknowledged by the broker; a failing LLM keeps it uncommitted. Outputs are written only while the worker owns the record's partition
 * ({@link PartitionOwnership}): work overtaken by a rebalance or a shutdown writes nothing and is not acknowledged. Nothing a record causes can stop the channel: whatever its ingest or one locale's rewrite throws,
 * Errors included, ends as a dead letter ({@link DeadLetters#onFailure}); only a broker failure goes through.
 */
@ApplicationScoped
public class RewriteStage {

    private final ArticleIngestor ingestor;
    private final RewriteEngine engine;
    private final Outbound outbound;
    private final DeadLetters deadLetters;
    private final StageMetrics metrics;
    private final PartitionOwnership ownership;
    private final StageTracing tracing;
    private final KeyOrderedDispatch dispatch;

    RewriteStage(ArticleIngestor ingestor, RewriteEngine engine, Outbound outbound, DeadLetters deadLetters,
                 StageMetrics metrics, PartitionOwnership ownership, StageTracing tracing, CopydeskConfig config,
                 StageWorkers workers) {
        this.dispatch = workers.dispatch(WORKER_POOL, config.rewrite().maxInFlight());
        this.ownership = ownership;
        this.tracing = tracing;
        this.ingestor = ingestor;
        this.engine = engine;
        this.outbound = outbound;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    /** Worker pool of the rewrite stage; its size is copydesk.rewrite.max-in-flight. */
    static final String WORKER_POOL = "copydesk-rewrite";

    /** Returns once the next record may come: the work runs on the worker pool, in its key's order. */
    @Incoming(Channels.RAW_ARTICLES)
    public CompletionStage<Void> onRawArticle(Message<ConsumerRecord<String, byte[]>> message) {
        return dispatch.dispatch(message, admitted -> ownership.process(admitted,
                tracing.traced(StageMetrics.REWRITE, this::rewrite)));
    }

    /** Every write goes through the claim: work whose partition was taken away writes nothing (see the class). */
    void rewrite(ConsumerRecord<String, byte[]> record, PartitionOwnership.Claim claim) {
        long started = System.nanoTime();
        NormalizedArticle article;
        List<WorkItem> items;
        try {
            article = ingestor.ingest(record.value());
            items = article.workItems();
        } catch (Throwable failure) {
            claim.publish(() -> deadLetters.onFailure(failure, record, StageMetrics.REWRITE, null, null, started));
            return;
        }
        SourceVersion version = new SourceVersion(record.topic(), record.partition(), record.offset(),
                record.timestamp());
        for (WorkItem item : items) {
            // Each locale its own trace, current while its outputs are written: they carry it to the SEO stage.
            StageTracing.Traced traced = tracing.locale(article.id(), item.locale());
            try {
                RewrittenArticle rewritten = engine.rewrite(item).withSourceVersion(version);
                claim.publish(() -> publish(rewritten, Outbound.carried(record)));
            } catch (Throwable failure) {
                // One locale's failure is dead-lettered for that locale; the article's other locales go on. A
                // fenced claim refuses this write as well, which ends the record's work.
                claim.publish(() -> deadLetters.onFailure(failure, record, StageMetrics.REWRITE, article.id(),
                        item.locale(), started));
            } finally {
                traced.close();
            }
        }
    }

    /**
     * The article first, then its metrics event (and the review copy): if the article is refused as too large,
     * no metrics event has claimed it was rewritten, and its dead letter says output-too-large instead.
     */
    private void publish(RewrittenArticle rewritten, Headers carried) {
        Outbound.awaitAll(outbound.rewritten(rewritten, carried));
        List<Uni<Void>> sends = new ArrayList<>(List.of(outbound.metrics(metrics.rewritten(rewritten), carried)));
        if (rewritten.status() == ArticleStatus.NEEDS_REVIEW) {
            sends.add(outbound.review(rewritten, carried));
        }
        Outbound.awaitAll(sends);
    }
}
