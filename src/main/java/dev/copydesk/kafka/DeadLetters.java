package dev.copydesk.kafka;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.metrics.StageMetrics;
import dev.copydesk.model.ReasonCodes;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sends a rejected record to the dead-letter topic with its metrics event, and waits until both are safe. Called
 * from the stages' catch blocks, so what is refused here must not escape: a dead letter too large to be written is
 * replaced by a fallback dead letter (a prefix of the payload, headers saying where the original is), and a
 * metrics event that cannot be written is logged. Only a broker failure ({@link SendFailedException}) goes through.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    /** Longer than any BCP 47 tag in practice (35 characters is the longest with all subtags). */
    private static final int MAX_LOCALE_CHARS = 64;

    private final Outbound outbound;
    private final StageMetrics metrics;
    private final int fallbackPayloadBytes;
    private final int maxIdChars;

    DeadLetters(Outbound outbound, StageMetrics metrics, CopydeskConfig config) {
        this.outbound = outbound;
        this.metrics = metrics;
        this.fallbackPayloadBytes = config.deadLetters().fallbackPayloadBytes();
        this.maxIdChars = config.ingest().maxIdChars();
    }

    /**
     * The one place where whatever a record's processing threw becomes its outcome, so that no throw can stop a
     * channel: a rejection is dead-lettered with its reason code, an output refused as too large as
     * {@code output-too-large}, and anything else, Errors included (a StackOverflowError in some rule, an
     * OutOfMemoryError on one huge article), as {@code internal-error} with its cause. Two things go through, since
     * they are not the record's fault and committing it would lose it: a broker failure
     * ({@link SendFailedException}) and an interrupt (the worker is stopping).
     *
     * @param id     the article id when known (else the record key stands in)
     * @param locale the target locale the failure concerns, or null when it concerns the whole record
     */
    public void onFailure(Throwable failure, ConsumerRecord<String, byte[]> record, String stage, String id,
                          String locale, long startedNanos) {
        if (failure instanceof SendFailedException || Thread.currentThread().isInterrupted()
                || failure.getCause() instanceof InterruptedException) {
            throw asUnchecked(failure);
        }
        if (failure instanceof DeadLetterException rejected) {
            send(record, stage, id, locale, rejected.reasonCode(), rejected.getMessage(), rejected.details(),
                    startedNanos);
        } else if (failure instanceof OutputTooLargeException tooLarge) {
            send(record, stage, id, locale, ReasonCodes.OUTPUT_TOO_LARGE, tooLarge.getMessage(), startedNanos);
        } else {
            LOG.errorf(failure, "%s stage failed on %s/%d@%d", stage, record.topic(), record.partition(),
                    record.offset());
            send(record, stage, id, locale, ReasonCodes.INTERNAL_ERROR,
                    failure.getClass().getSimpleName() + ": " + failure.getMessage(), startedNanos);
        }
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
        // Before ingest the id is unknown and the key stands in. Both, and the locale, may be unchecked input (a
        // record on articles.rewritten was not necessarily written by us): cut, so the dead letter's own outputs
        // stay small.
        String articleId = Outbound.cut(id != null ? id : record.key(), maxIdChars);
        String localeCut = Outbound.cut(locale, MAX_LOCALE_CHARS);
        LOG.warnf("dead-lettering %s/%d@%d (article %s, stage %s): %s: %s", record.topic(), record.partition(),
                record.offset(), articleId, stage, reasonCode, Outbound.cut(reason, Outbound.MAX_REASON_CHARS));
        long latencyMs = (System.nanoTime() - startedNanos) / 1_000_000;
        DeadLetter letter = new DeadLetter(original, reasonCode, reason, stage, localeCut);
        try {
            Outbound.awaitAll(outbound.deadLetter(letter));
        } catch (OutputTooLargeException refused) {
            writeFallback(letter, refused);
        }
        try {
            Outbound.awaitAll(outbound.metrics(
                    metrics.deadLettered(stage, articleId, localeCut, reasonCode, latencyMs)));
        } catch (OutputTooLargeException refused) {
            // Cannot happen with the id cut as above; if it did, the dead letter is safe and an event is no reason
            // to stop.
            LOG.errorf(refused, "metrics event of the dead letter %s/%d@%d not written", record.topic(),
                    record.partition(), record.offset());
        }
    }

    private static RuntimeException asUnchecked(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    private void writeFallback(DeadLetter letter, OutputTooLargeException refused) {
        ConsumerRecord<String, byte[]> original = letter.original();
        LOG.warnf("dead letter of %s/%d@%d refused (%s); writing a fallback dead letter with the first %d bytes",
                original.topic(), original.partition(), original.offset(), refused.getMessage(), fallbackPayloadBytes);
        try {
            Outbound.awaitAll(outbound.fallbackDeadLetter(letter, fallbackPayloadBytes, refused.getMessage()));
        } catch (OutputTooLargeException alsoRefused) {
            // The fallback is a few kilobytes: refusing it means max.request.size is set below any useful size.
            throw new SendFailedException("fallback dead letter refused too; copydesk.dead-letters."
                    + "fallback-payload-bytes must be well under the producer's max.request.size", alsoRefused);
        }
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
