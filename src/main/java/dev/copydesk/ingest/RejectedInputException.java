package dev.copydesk.ingest;

/**
 * Input that no retry can fix. {@code reasonCode} is machine-readable (it becomes the dead-letter header), the
 * message says what to change in the producer.
 */
public class RejectedInputException extends RuntimeException {

    private final String reasonCode;

    public RejectedInputException(String reasonCode, String message) {
        super(message);
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
