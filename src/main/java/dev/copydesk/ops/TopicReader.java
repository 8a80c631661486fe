package dev.copydesk.ops;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads a range of a topic with a plain consumer that has no group: partitions are assigned and sought, nothing is
 * committed, so no consumer group's offsets move and no group gains a member. The end of each partition is fixed
 * when the range is resolved: records written afterwards (a replay's own copies) are never read.
 */
final class TopicReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Duration timeout;

    TopicReader(Map<String, Object> client, String clientId, Duration timeout) {
        Map<String, Object> config = new HashMap<>(client);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.timeout = timeout;
    }

    /**
     * Fails with {@link BrokerUnreachableException} unless the cluster answers within {@code timeout}: the
     * commands check this before anything else, so an unreachable broker is said plainly and fast.
     */
    static void requireReachable(Map<String, Object> client, Duration timeout) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "copydesk-ops-check");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        String bootstrap = String.valueOf(client.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        Admin admin;
        try {
            admin = Admin.create(config);
        } catch (RuntimeException e) {
            throw new BrokerUnreachableException("cannot connect to the Kafka broker at " + bootstrap + ": "
                    + e.getMessage(), e);
        }
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnreachableException("interrupted while reaching the Kafka broker at " + bootstrap, e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new BrokerUnreachableException("cannot reach the Kafka broker at " + bootstrap + " within "
                    + Progress.human(timeout) + " (set KAFKA_BOOTSTRAP_SERVERS, or kafka.bootstrap.servers, as for "
                    + "the worker); nothing was read or sent", e);
        } finally {
            admin.close(Duration.ofSeconds(1));
        }
    }

    /**
     * The range [start, end) of each selected partition of {@code topic}. A time selects every partition; offsets
     * select the partitions named in {@code from} or {@code to}. Ends are clamped to what the partition holds now.
     *
     * @throws IllegalArgumentException for a topic that does not exist or a partition it does not have
     */
    Map<TopicPartition, long[]> resolve(String topic, Position from, Position to) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalArgumentException("topic " + topic + " does not exist on the broker");
        }
        Set<Integer> existing = new TreeSet<>();
        infos.forEach(info -> existing.add(info.partition()));
        Set<Integer> selected = new TreeSet<>();
        for (Position position : new Position[]{from, to}) {
            if (position instanceof Position.AtOffsets offsets) {
                for (int partition : offsets.offsets().keySet()) {
                    if (!existing.contains(partition)) {
                        throw new IllegalArgumentException("topic " + topic + " has no partition " + partition
                                + " (it has " + existing.size() + ": 0 to " + (existing.size() - 1) + ")");
                    }
                    selected.add(partition);
                }
            }
        }
        if (selected.isEmpty()) {
            selected.addAll(existing);
        }
        List<TopicPartition> partitions = selected.stream().map(p -> new TopicPartition(topic, p)).toList();
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions, timeout);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        Map<TopicPartition, Long> starts = bound(from, partitions, beginning, end, true);
        Map<TopicPartition, Long> ends = bound(to, partitions, beginning, end, false);
        Map<TopicPartition, long[]> ranges = new LinkedHashMap<>();
        for (TopicPartition partition : partitions) {
            long last = end.get(partition);
            long stop = Math.min(Math.max(ends.get(partition), beginning.get(partition)), last);
            long start = Math.min(Math.max(starts.get(partition), beginning.get(partition)), stop);
            ranges.put(partition, new long[]{start, stop});
        }
        return ranges;
    }

    private Map<TopicPartition, Long> bound(Position position, List<TopicPartition> partitions,
                                            Map<TopicPartition, Long> beginning, Map<TopicPartition, Long> end,
                                            boolean isFrom) {
        Map<TopicPartition, Long> bounds = new HashMap<>();
        if (position instanceof Position.AtTime time) {
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(p -> query.put(p, time.instant().toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, timeout);
            // The first record at or after the time; none: every record is before it.
            partitions.forEach(p -> bounds.put(p, found.get(p) == null ? end.get(p) : found.get(p).offset()));
        } else if (position instanceof Position.AtOffsets offsets) {
            partitions.forEach(p -> bounds.put(p, offsets.offsets().getOrDefault(p.partition(),
                    isFrom ? beginning.get(p) : end.get(p))));
        } else {
            partitions.forEach(p -> bounds.put(p, isFrom ? beginning.get(p) : end.get(p)));
        }
        return bounds;
    }

    /** Hands every record of the ranges to {@code visitor}, partition by partition in offset order. */
    void read(Map<TopicPartition, long[]> ranges, Consumer<ConsumerRecord<String, byte[]>> visitor) {
        List<TopicPartition> open = new ArrayList<>();
        ranges.forEach((partition, range) -> {
            if (range[0] < range[1]) {
                open.add(partition);
            }
        });
        if (open.isEmpty()) {
            return;
        }
        consumer.assign(open);
        // A partition finished by an earlier read of this reader stays paused across assign(): resume it.
        consumer.resume(open);
        open.forEach(partition -> consumer.seek(partition, ranges.get(partition)[0]));
        long idleSinceNanos = System.nanoTime();
        while (!open.isEmpty()) {
            var records = consumer.poll(POLL);
            if (!records.isEmpty()) {
                idleSinceNanos = System.nanoTime();
            }
            for (TopicPartition partition : new ArrayList<>(open)) {
                long stop = ranges.get(partition)[1];
                for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                    if (record.offset() < stop) {
                        visitor.accept(record);
                    }
                }
                // Compaction and transaction markers leave gaps: the position says when the range is passed.
                if (consumer.position(partition, timeout) >= stop) {
                    open.remove(partition);
                    consumer.pause(List.of(partition));
                }
            }
            if (System.nanoTime() - idleSinceNanos > timeout.toNanos()) {
                throw new IllegalStateException("no record read for " + Progress.human(timeout) + " while "
                        + open + " still had records to read: the broker stopped answering");
            }
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }

    /** The broker did not answer: nothing was done. */
    static final class BrokerUnreachableException extends RuntimeException {
        BrokerUnreachableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
