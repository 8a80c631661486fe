package dev.copydesk.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A record that cannot be processed, on its way to the dead-letter topic: the original key, value and headers
 * unchanged, plus why, where it failed and where it came from.
 */
public record DeadLetter(ConsumerRecord<String, byte[]> original, String reasonCode, String reason, String stage,
                         String locale) {

    public static final String REASON_CODE = "dead-letter-reason-code";
    public static final String REASON = "dead-letter-reason";
    public static final String STAGE = "dead-letter-stage";
    public static final String LOCALE = "dead-letter-locale";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    /** Fallback dead letter only: size in bytes of the original value, of which the payload is a prefix. */
    public static final String ORIGINAL_SIZE = "dead-letter-original-size";
    /** Fallback dead letter only: why the full dead letter was refused. */
    public static final String FALLBACK_CAUSE = "dead-letter-fallback-cause";
    /** Prefix of every header above: what a redrive strips before sending the original back to its source. */
    public static final String HEADER_PREFIX = "dead-letter-";
    /**
     * Set by the redrive command on the record it sends back: how many times this record came back from the
     * dead-letter topic. The stages copy the original headers onto a dead letter, so the count survives the next trip.
     */
    public static final String REDRIVE_COUNT = "copydesk-redrive-count";
    /** Set by the redrive command: the dead letter (topic/partition@offset) this record was sent back from. */
    public static final String REDRIVEN_FROM = "copydesk-redriven-from";
}
