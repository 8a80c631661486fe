package dev.copydesk.kafka;

/**
 * An output was not acknowledged for a reason no record causes: the broker unreachable past the producer's
 * {@code delivery.timeout.ms}, a missing topic, a refused authorization, the acknowledgement timeout. Stages let it
 * through: the input record is nacked, never committed, and the channel's {@code fail} strategy stops it so that
 * the worker restarts and the record is processed again (dead-lettering it would blame the record and lose it).
 */
public class SendFailedException extends RuntimeException {

    public SendFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
