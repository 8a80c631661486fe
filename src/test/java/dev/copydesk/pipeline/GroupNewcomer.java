package dev.copydesk.pipeline;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A second member of a stage's consumer group, as a second worker would be: it joins (the group rebalances and the
 * worker gives up some partitions), holds its partitions without processing or committing anything, and leaves
 * (the worker gets them back and reads from the last committed offset). Its own thread polls, as a consumer must to
 * stay in the group.
 */
final class GroupNewcomer implements AutoCloseable {

    private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();
    private final Thread poller;
    private volatile boolean leaving;

    GroupNewcomer(String bootstrapServers, String group, String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, List.of(CooperativeStickyAssignor.class.getName()),
                ConsumerConfig.CLIENT_ID_CONFIG, "test-group-newcomer"), new StringDeserializer(),
                new ByteArrayDeserializer());
        poller = new Thread(() -> {
            try (consumer) {
                consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        assigned.removeAll(partitions);
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        assigned.addAll(partitions);
                    }
                });
                while (!leaving) {
                    consumer.poll(Duration.ofMillis(100));
                }
            }
        }, "test-group-newcomer");
        poller.start();
    }

    /** Waits until the group gave this member at least one partition, and returns its partitions. */
    Set<TopicPartition> awaitPartitions(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (assigned.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        if (assigned.isEmpty()) {
            throw new AssertionError("the group gave the newcomer no partition within " + timeout);
        }
        return Set.copyOf(assigned);
    }

    /** Leaves the group (the consumer's close sends the leave request) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        leaving = true;
        poller.join(Duration.ofSeconds(30).toMillis());
    }
}
