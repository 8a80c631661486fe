package dev.copydesk.kafka;

/**
 * The producer or the broker refused an output as too large (Kafka's {@code RecordTooLargeException}): the record
 * that made it is at fault, not the broker, so the stage dead-letters it as {@code output-too-large} and goes on.
 */
public class OutputTooLargeException extends RuntimeException {

    public OutputTooLargeException(String output, Throwable cause) {
        super(output + " refused as too large: " + cause.getMessage(), cause);
    }
}
