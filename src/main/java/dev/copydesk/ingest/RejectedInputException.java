package dev.copydesk.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that no retry can fix. {@code reasonCode} is machine-readable (it becomes the dead-letter header), the
 * message says what to change in the producer, and {@code details} are extra dead-letter headers that say more
 * (e.g. the history of the model calls that failed).
 */
public class RejectedInputException extends RuntimeException {

    private final String reasonCode;
    private final Map<String, String> details;

    public RejectedInputException(String reasonCode, String message) {
        this(reasonCode, message, Map.of());
    }

    public RejectedInputException(String reasonCode, String message, Map<String, String> details) {
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
