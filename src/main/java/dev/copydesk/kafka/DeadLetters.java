package dev.copydesk.kafka;

import dev.copydesk.metrics.StageMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;


/** Sends a rejected record to the dead-letter topic with its metrics event, and waits until both are safe. */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final Outbound outbound;
    private final StageMetrics metrics;

    DeadLetters(Outbound outbound, StageMetrics metrics) {
        this.outbound = outbound;
        this.metrics = metrics;
    }

    public void send(ConsumerRecord<String, byte[]> record, String stage, String id, String locale, String reasonCode,
                     String reason, long startedNanos) {
        String articleId = id != null ? id : record.key();
        LOG.warnf("dead-lettering %s/%d@%d (article %s, stage %s): %s: %s", record.topic(), record.partition(),
                record.offset(), articleId, stage, reasonCode, reason);
        long latencyMs = (System.nanoTime() - startedNanos) / 1_000_000;
        Outbound.awaitAll(
                outbound.deadLetter(new DeadLetter(record, reasonCode, reason, stage, locale)),
                outbound.metrics(metrics.deadLettered(stage, articleId, locale, reasonCode, latencyMs)));
    }
}
