package dev.copydesk.kafka;

import dev.copydesk.metrics.StageMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Map;

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
        send(record, stage, id, locale, reasonCode, reason, Map.of(), startedNanos);
    }

    /**
     * As {@link #send(ConsumerRecord, String, String, String, String, String, long)}, with {@code details}: extra
     * headers that say more about the failure (e.g. the LLM attempt history); a header of the same name on the
     * original is replaced.
     */
    public void send(ConsumerRecord<String, byte[]> record, String stage, String id, String locale, String reasonCode,
                     String reason, Map<String, String> details, long startedNanos) {
        ConsumerRecord<String, byte[]> original = withHeaders(record, details);
        String articleId = id != null ? id : record.key();
        LOG.warnf("dead-lettering %s/%d@%d (article %s, stage %s): %s: %s", record.topic(), record.partition(),
                record.offset(), articleId, stage, reasonCode, reason);
        long latencyMs = (System.nanoTime() - startedNanos) / 1_000_000;
        Outbound.awaitAll(
                outbound.deadLetter(new DeadLetter(original, reasonCode, reason, stage, locale)),
                outbound.metrics(metrics.deadLettered(stage, articleId, locale, reasonCode, latencyMs)));
    }

    /** The record as read, with {@code details} among its headers; the record itself is left untouched. */
    private static ConsumerRecord<String, byte[]> withHeaders(ConsumerRecord<String, byte[]> record,
                                                              Map<String, String> details) {
        if (details.isEmpty()) {
            return record;
        }
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        details.forEach((name, value) -> {
            headers.remove(name);
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        });
        return new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), record.timestamp(),
                record.timestampType(), record.serializedKeySize(), record.serializedValueSize(), record.key(),
                record.value(), headers, record.leaderEpoch());
    }
}
