package dev.copydesk.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plain kafka-clients access to a test broker: create topics, produce, and read topics back from the start.
 * Every call is bounded in time so that a broken pipeline fails a test instead of hanging it.
 */
public final class KafkaTestClient implements AutoCloseable {

    private static final int PARTITIONS = 3;
    private static final short REPLICATION_FACTOR = 1;
    private static final Duration OPERATION_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final String bootstrapServers;
    private final Admin admin;
    private final KafkaProducer<String, byte[]> producer;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                // Bounds the wait for metadata of a topic that never appears.
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) OPERATION_TIMEOUT.toMillis()),
                new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Creates the topics with 3 partitions (topics that already exist are left as they are) and returns once
     * every partition has a leader.
     */
    public void createTopics(String... names) {
        List<NewTopic> topics = Arrays.stream(names).map(name -> new NewTopic(name, PARTITIONS, REPLICATION_FACTOR)).toList();
        admin.createTopics(topics).values().forEach((name, creation) -> {
            try {
                await(creation, "create topic " + name);
            } catch (TopicExistsException alreadyThere) {
                // Expected when test classes share the JVM-wide broker.
            }
        });
        awaitLeaders(List.of(names));
    }

    /** Sends one record and returns once every in-sync replica has it. */
    public void produce(String topic, String key, byte[] value) {
        produce(topic, null, key, value);
    }

    /**
     * Sends one record to {@code partition} (null: the partition of its key) and returns where it was written once
     * every in-sync replica has it.
     */
    public RecordMetadata produce(String topic, Integer partition, String key, byte[] value) {
        Future<RecordMetadata> sent = producer.send(new ProducerRecord<>(topic, partition, key, value));
        producer.flush();
        return await(sent, "produce to " + topic);
    }

    /** The partition Kafka's default partitioner gives {@code key} on {@code topic}. */
    public int partitionOf(String topic, String key) {
        int partitions = producer.partitionsFor(topic).size();
        return BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), partitions);
    }

    /** The offset {@code group} has committed on {@code partition} of {@code topic}, or -1 when none. */
    public long committedOffset(String group, String topic, int partition) {
        TopicPartition topicPartition = new TopicPartition(topic, partition);
        OffsetAndMetadata committed = await(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(),
                "read the offsets of " + group).get(topicPartition);
        return committed == null ? -1 : committed.offset();
    }

    /**
     * Reads {@code topic} from the earliest offset until at least {@code atLeast} records arrived or
     * {@code timeout} elapsed, whichever comes first; the caller asserts on what it got.
     */
    public List<ConsumerRecord<String, byte[]>> consume(String topic, int atLeast, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = newConsumer()) {
            consumer.subscribe(List.of(topic));
            while (received.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(POLL_INTERVAL).forEach(received::add);
            }
        }
        return received;
    }

    /**
     * Everything that {@code topic} holds or receives within {@code window}, e.g. to assert that a dead-letter
     * topic stayed empty. The window must cover the consumer's group join (about a second on a local broker).
     */
    public List<ConsumerRecord<String, byte[]>> consumeFor(String topic, Duration window) {
        return consume(topic, Integer.MAX_VALUE, window);
    }

    /** UTF-8 value of the last header called {@code name}, or null when there is none. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(OPERATION_TIMEOUT);
        admin.close(OPERATION_TIMEOUT);
    }

    /**
     * The controller acknowledges a creation before the broker serves the new partitions; producing in that gap
     * only earns retries and warnings.
     */
    private void awaitLeaders(List<String> topics) {
        long deadline = System.nanoTime() + OPERATION_TIMEOUT.toNanos();
        while (!allPartitionsLed(topics)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topics " + topics + " still have partitions without a leader after " + OPERATION_TIMEOUT);
            }
            sleep(POLL_INTERVAL);
        }
    }

    private boolean allPartitionsLed(List<String> topics) {
        try {
            return await(admin.describeTopics(topics).allTopicNames(), "describe topics " + topics).values().stream()
                    .flatMap(description -> description.partitions().stream())
                    .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
        } catch (UnknownTopicOrPartitionException notYetVisible) {
            return false;
        }
    }

    private KafkaConsumer<String, byte[]> newConsumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                // A fresh group per read: no committed offsets, so every read starts from the earliest record.
                ConsumerConfig.GROUP_ID_CONFIG, "kafka-test-client-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // What a downstream reader sees: records of aborted transactions stay invisible.
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Waits for a Kafka future; Kafka's own exceptions are rethrown as they are so callers can catch them. */
    private static <T> T await(Future<T> future, String action) {
        try {
            return future.get(OPERATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof KafkaException kafkaException) {
                throw kafkaException;
            }
            throw new IllegalStateException("Could not " + action, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out after " + OPERATION_TIMEOUT + " trying to " + action, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while trying to " + action, e);
        }
    }
}
