package dev.copydesk.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads a whole topic from the beginning, then keeps reading it, on its own daemon thread, handing each record to
 * one callback: the view a worker builds of a compacted topic (the shared rewrite cache, the feeds). A plain consumer
 * with {@code assign()} on every partition and no group: it commits nothing and joins no group, so every worker has
 * the whole view and no stage's group rebalances because of it. Partitions added later are picked up and read from
 * the beginning. A broker failure is retried; the callback runs on the reader thread only, one record at a time.
 */
public final class TopicFollower implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TopicFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** Wait between tries when the topic is missing or the broker fails the reader. */
    private static final Duration RETRY = Duration.ofSeconds(2);
    /** How often the reader looks for partitions added to the topic. */
    private static final Duration PARTITION_CHECK = Duration.ofMinutes(1);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final String topic;
    private final String name;
    private final Consumer<ConsumerRecord<String, byte[]>> onRecord;
    private final KafkaConsumer<String, byte[]> consumer;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final Thread reader;
    private volatile boolean running;

    /**
     * @param kafkaConfig the worker's Kafka client settings (a group id there is ignored)
     * @param name        what the view is for, in logs and as the client id ({@code copydesk-<name>-reader})
     */
    public TopicFollower(Map<String, Object> kafkaConfig, String topic, String name,
                         Consumer<ConsumerRecord<String, byte[]>> onRecord) {
        this.topic = topic;
        this.name = name;
        this.onRecord = onRecord;
        this.consumer = new KafkaConsumer<>(consumerConfig(kafkaConfig, "copydesk-" + name + "-reader"),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.reader = new Thread(this::read, "copydesk-" + name + "-reader");
        reader.setDaemon(true);
    }

    public void start() {
        running = true;
        reader.start();
    }

    /** Whether the topic was read up to where it ended when the reader started. */
    public boolean caughtUp() {
        return caughtUp.getCount() == 0;
    }

    /** Waits at most {@code timeout} to have {@link #caughtUp()}; false on timeout. */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        consumer.wakeup();
        try {
            reader.join(CLOSE_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read() {
        Map<TopicPartition, Long> initialEnd = null;
        long nextPartitionCheck = 0;
        long started = System.nanoTime();
        try {
            while (running) {
                try {
                    if (System.nanoTime() - nextPartitionCheck >= 0) {
                        nextPartitionCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
                        if (!assignAll()) {
                            nextPartitionCheck = 0;
                            sleep(RETRY);
                            continue;
                        }
                        if (initialEnd == null) {
                            initialEnd = consumer.endOffsets(consumer.assignment(), RETRY.multipliedBy(5));
                        }
                    }
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                        onRecord.accept(record);
                    }
                    if (!caughtUp() && initialEnd != null && reached(initialEnd)) {
                        caughtUp.countDown();
                        LOG.infof("%s: read %s up to its end at startup in %d ms", name, topic,
                                (System.nanoTime() - started) / 1_000_000);
                    }
                } catch (WakeupException | InterruptException e) {
                    return;
                } catch (KafkaException e) {
                    LOG.warnf("%s: reading %s failed (%s); retrying", name, topic, e.getMessage());
                    sleep(RETRY);
                }
            }
        } finally {
            consumer.close(CLOSE_TIMEOUT);
        }
    }

    /** Assigns every partition of the topic (new ones read from the beginning); false while the topic is missing. */
    private boolean assignAll() {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, RETRY.multipliedBy(5));
        if (partitions == null || partitions.isEmpty()) {
            LOG.warnf("%s: topic %s not found; retrying", name, topic);
            return false;
        }
        Set<TopicPartition> all = partitions.stream().map(info -> new TopicPartition(topic, info.partition()))
                .collect(Collectors.toSet());
        Set<TopicPartition> added = all.stream().filter(partition -> !consumer.assignment().contains(partition))
                .collect(Collectors.toSet());
        if (!added.isEmpty()) {
            consumer.assign(all);
            consumer.seekToBeginning(added);
        }
        return true;
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(partition ->
                consumer.position(partition.getKey(), RETRY.multipliedBy(5)) >= partition.getValue());
    }

    private static Map<String, Object> consumerConfig(Map<String, Object> kafkaConfig, String clientId) {
        Map<String, Object> consumerConfig = new HashMap<>(kafkaConfig);
        // No group: assign() reads every partition, commits nothing and takes part in no rebalance.
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // A missing topic must not be auto-created (uncompacted) by the reader's metadata requests.
        consumerConfig.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // Only committed writes: what an aborted transaction wrote is never served.
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerConfig.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        return consumerConfig;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
