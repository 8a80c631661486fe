package dev.copydesk.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the broker accepts every record the producer accepts. The producer refuses a record larger than its
 * {@code max.request.size} before sending it, and the stages dead-letter that record as {@code output-too-large}.
 * A record the producer accepts but the broker refuses (a topic's {@code max.message.bytes} lower) is worse: Kafka's
 * producer (4.1, compressed batches) splits the refused batch again and again until {@code delivery.timeout.ms}
 * expires, then fails every record of the batch, the innocent ones too (observed here), and the channel fails on a
 * record it will meet again after the restart. So the producer's limit must sit under the topic's, with room for
 * what compression and the batch add to an incompressible record.
 */
final class OutputLimits {

    /** Record batch header, record and header overhead, compression frame: generous for one record. */
    private static final long BATCH_OVERHEAD_BYTES = 1024;

    private OutputLimits() {
    }

    /**
     * The largest batch one accepted record can make: lz4 and zstd expand incompressible data by at most ~1/255,
     * plus the batch's own overhead.
     */
    static long worstCaseBatchBytes(long maxRequestSize) {
        return maxRequestSize + maxRequestSize / 255 + BATCH_OVERHEAD_BYTES;
    }

    /**
     * One message per output topic whose {@code max.message.bytes} is under the worst-case batch of the producer's
     * {@code max.request.size}; empty when every topic accepts what its producer accepts.
     */
    static List<String> violations(Map<String, Long> maxRequestSizeByTopic, Map<String, Long> maxMessageBytesByTopic) {
        List<String> violations = new ArrayList<>();
        maxRequestSizeByTopic.forEach((topic, maxRequestSize) -> {
            Long maxMessageBytes = maxMessageBytesByTopic.get(topic);
            if (maxMessageBytes != null && worstCaseBatchBytes(maxRequestSize) > maxMessageBytes) {
                violations.add("topic " + topic + " accepts batches of at most " + maxMessageBytes
                        + " bytes (max.message.bytes) but its producer accepts records of " + maxRequestSize
                        + " bytes (max.request.size), up to " + worstCaseBatchBytes(maxRequestSize)
                        + " bytes once compressed in a batch");
            }
        });
        return violations;
    }
}
