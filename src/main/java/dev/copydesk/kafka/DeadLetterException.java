package dev.copydesk.kafka;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record that no retry can fix and that ends as a dead letter: bad input, a provider that refuses or keeps failing
 * one article, an answer that never keeps the contract. {@code reasonCode} is machine-readable (it becomes the
 * dead-letter header), the message says what happened, and {@code details} are extra dead-letter headers (e.g. the
 * history of the model calls that failed). {@link DeadLetters#onFailure} turns it into the dead letter.
 */
public class DeadLetterException extends RuntimeException {

    private final String reasonCode;
    private final Map<String, String> details;

    public DeadLetterException(String reasonCode, String message) {
        this(reasonCode, message, Map.of());
    }

    public DeadLetterException(String reasonCode, String message, Map<String, String> details) {
        super(message);
        this.reasonCode = reasonCode;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public String reasonCode() {
        return reasonCode;
    }

    /** Extra dead-letter headers, by name; empty for most reasons. */
    public Map<String, String> details() {
        return details;
    }
}
