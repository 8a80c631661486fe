package dev.copydesk.rewrite;

import dev.copydesk.ingest.ArticleIngestor;
import dev.copydesk.ingest.NormalizedArticle;
import dev.copydesk.ingest.RejectedInputException;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.kafka.Channels;
import dev.copydesk.kafka.DeadLetters;
import dev.copydesk.kafka.Outbound;
import dev.copydesk.metrics.StageMetrics;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.RewrittenArticle;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Raw article in, one rewritten article per target locale out. Records of different articles are processed
 * concurrently on the stage's worker pool (SmallRye keeps records of one key in order). A record is acknowledged, and
 * so its offset committable, only after every output was acknowledged by the broker; a failing LLM keeps it
 * uncommitted.
 */
@ApplicationScoped
public class RewriteStage {

    private static final Logger LOG = Logger.getLogger(RewriteStage.class);

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

    /** Worker pool of the rewrite stage; its size is copydesk.rewrite.max-in-flight. */
    static final String WORKER_POOL = "copydesk-rewrite";

    @Incoming(Channels.RAW_ARTICLES)
    @Blocking(value = WORKER_POOL, ordered = false)
    public void onRawArticle(ConsumerRecord<String, byte[]> record) {
        long started = System.nanoTime();
        NormalizedArticle article;
        try {
            article = ingestor.ingest(record.value());
        } catch (RejectedInputException e) {
            deadLetters.send(record, StageMetrics.REWRITE, null, null, e.reasonCode(), e.getMessage(), started);
            return;
        } catch (RuntimeException e) {
            deadLetterInternalError(record, null, null, e, started);
            return;
        }
        for (WorkItem item : article.workItems()) {
            RewrittenArticle rewritten;
            try {
                rewritten = engine.rewrite(item);
            } catch (RejectedInputException e) {
                deadLetters.send(record, StageMetrics.REWRITE, article.id(), item.locale(), e.reasonCode(),
                        e.getMessage(), e.details(), started);
                continue;
            } catch (RuntimeException e) {
                deadLetterInternalError(record, article.id(), item.locale(), e, started);
                continue;
            }
            List<Uni<Void>> sends = new ArrayList<>(List.of(outbound.rewritten(rewritten),
                    outbound.metrics(metrics.rewritten(rewritten))));
            if (rewritten.status() == ArticleStatus.NEEDS_REVIEW) {
                sends.add(outbound.review(rewritten));
            }
            Outbound.awaitAll(sends);
        }
    }

    /**
     * A bug in ingest, an engine or a gate must not stop the stream on one article (the channel would fail and the
     * pod restart into the same record forever): the record is set aside with the cause. An interrupt is shutdown,
     * not a bug: the record stays uncommitted for the next worker.
     */
    private void deadLetterInternalError(ConsumerRecord<String, byte[]> record, String id, String locale,
                                         RuntimeException error, long started) {
        if (Thread.currentThread().isInterrupted() || error.getCause() instanceof InterruptedException) {
            throw error;
        }
        LOG.errorf(error, "rewrite failed on %s", record.key());
        deadLetters.send(record, StageMetrics.REWRITE, id, locale, "internal-error",
                error.getClass().getSimpleName() + ": " + error.getMessage(), started);
    }
}
