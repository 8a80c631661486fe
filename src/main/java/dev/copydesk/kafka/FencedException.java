package dev.copydesk.kafka;

import org.apache.kafka.common.TopicPartition;

/**
 * Work that may no longer write: its partition was taken away by a rebalance, or the worker abandoned it while
 * stopping. Nothing was sent; the record is left unacknowledged for the partition's next owner.
 */
public final class FencedException extends RuntimeException {

    FencedException(TopicPartition partition) {
        super("no longer allowed to write for " + partition + " (revoked, or abandoned on shutdown)", null, false,
                false);
    }
}
