package dev.copydesk.pipeline;

import dev.copydesk.testing.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The topics one pipeline test class works on: a prefix per class keeps classes that share the broker apart, and
 * the same names go into the application's configuration.
 */
final class PipelineTopics implements AutoCloseable {

    final String raw;
    final String rewritten;
    final String published;
    final String metrics;
    final String dlq;
    final String review;
    final String llmCache;
    private final KafkaTestClient client;

    PipelineTopics(String prefix) {
        this.raw = prefix + ".raw";
        this.rewritten = prefix + ".rewritten";
        this.published = prefix + ".published";
        this.metrics = prefix + ".metrics";
        this.dlq = prefix + ".dlq";
        this.review = prefix + ".review";
        this.llmCache = prefix + ".llm-cache";
        this.client = new KafkaTestClient(bootstrapServers());
    }

    /** Configuration that points the application at these topics, with consumer groups of their own. */
    static Map<String, String> config(String prefix) {
        Map<String, String> config = new HashMap<>();
        for (String topic : List.of("raw", "rewritten", "published", "metrics", "dlq", "review")) {
            config.put("copydesk.topics." + topic, prefix + "." + topic);
        }
        // The shared rewrite cache too: a class must not be served the rewrites another class cached.
        config.put("copydesk.topics.llm-cache", prefix + ".llm-cache");
        config.put("copydesk.topics.rewrite-group", prefix + "-rewrite");
        config.put("copydesk.topics.seo-group", prefix + "-seo");
        return config;
    }

    void produce(String key, byte[] value) {
        client.produce(raw, key, value);
    }

    /** Sends one record (a null value: a tombstone) to {@code topic}, partitioned by its key. */
    void produce(String topic, String key, byte[] value) {
        client.produce(topic, key, value);
    }

    /** Sends one record to {@code partition} of {@code topic} and returns its offset. */
    long produce(String topic, int partition, String key, byte[] value) {
        return client.produce(topic, partition, key, value).offset();
    }

    /** One article id ({@code idPrefix} + n) for each partition of the raw topic, by partition. */
    Map<Integer, String> idsOnePerPartition(String idPrefix) {
        Map<Integer, String> ids = new LinkedHashMap<>();
        int partitions = ConfigProvider.getConfig().getValue("copydesk.topics.partitions", Integer.class);
        for (int n = 0; ids.size() < partitions; n++) {
            String id = idPrefix + n;
            ids.putIfAbsent(partitionOf(raw, id), id);
        }
        return ids;
    }

    static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    int partitionOf(String topic, String key) {
        return client.partitionOf(topic, key);
    }

    long committedOffset(String group, String topic, int partition) {
        return client.committedOffset(group, topic, partition);
    }

    /** Waits until {@code count} records of {@code topic} match, or fails after {@code timeout}. */
    List<ConsumerRecord<String, byte[]>> await(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
                                               int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ConsumerRecord<String, byte[]>> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            found = client.consume(topic, Integer.MAX_VALUE, Duration.ofSeconds(1)).stream().filter(match).toList();
            if (found.size() >= count) {
                return found;
            }
        }
        throw new AssertionError("expected " + count + " matching records on " + topic + " within " + timeout
                + ", found " + found.size());
    }

    /** Everything on {@code topic} that matches, reading for {@code window}. */
    List<ConsumerRecord<String, byte[]>> readFor(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
                                                 Duration window) {
        return client.consumeFor(topic, window).stream().filter(match).toList();
    }

    static Predicate<ConsumerRecord<String, byte[]>> keyed(String key) {
        return record -> key.equals(record.key());
    }

    @Override
    public void close() {
        client.close();
    }
}
