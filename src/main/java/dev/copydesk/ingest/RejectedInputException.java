package dev.copydesk.ingest;

import dev.copydesk.kafka.DeadLetterException;

/**
 * Input that no retry can fix: the message says what to change in the producer. Failures that are not the input's
 * (the provider, the model's answers) are {@link DeadLetterException}s of their own.
 */
public class RejectedInputException extends DeadLetterException {

    public RejectedInputException(String reasonCode, String message) {
        super(reasonCode, message);
    }
}
