package dev.copydesk.kafka;

/**
 * The producer refused an output as larger than its {@code max.request.size} (Kafka's
 * {@code RecordTooLargeException}): the record that made it is at fault, not the broker, so the stage dead-letters
 * it as {@code output-too-large} and goes on. (The broker never gets to refuse one: see {@link OutputLimits}.)
 */
public class OutputTooLargeException extends RuntimeException {

    public OutputTooLargeException(String output, Throwable cause) {
        super(output + " refused as too large: " + cause.getMessage(), cause);
    }
}
