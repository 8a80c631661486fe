package dev.copydesk.ops;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A command's own messages say what went wrong; the Kafka clients' retry warnings (a broker that does not answer
 * logs one per attempt) would bury them. Only their errors are kept.
 */
final class Logs {

    /** Held: java.util.logging keeps loggers weakly, and a collected logger loses its level. */
    private static final Logger KAFKA = Logger.getLogger("org.apache.kafka");

    private Logs() {
    }

    static void quietKafkaClients() {
        KAFKA.setLevel(Level.SEVERE);
    }
}
