package dev.copydesk.desk;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.StageRoles;
import dev.copydesk.model.Json;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.SourceVersion;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The desk's Kafka side. A reader thread reads the review and decision topics from the beginning and keeps reading
 * them ({@code assign()} on every partition, no consumer group: it commits nothing and rebalances no one), applying
 * each record to the {@link DeskState}; every desk replica does the same, so every replica ends with the same state.
 * A producer writes the decisions and what they publish, each write acknowledged by the broker (acks=all) before the
 * action returns. Raw articles are fetched one by one, by the position their rewritten article names.
 */
@ApplicationScoped
public class DeskLog {

    private static final Logger LOG = Logger.getLogger(DeskLog.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final Duration PARTITION_CHECK = Duration.ofMinutes(1);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RAW_FETCH_TIMEOUT = Duration.ofSeconds(5);
    /** Raw articles kept after being fetched: an editor opens, edits and approves the same few articles. */
    private static final int RAW_CACHE_ENTRIES = 64;

    private final CopydeskConfig config;
    private final Map<String, Object> kafkaConfig;
    private final DeskState state = new DeskState();
    private final Map<TopicPartition, Long> applied = new HashMap<>();
    private final Map<String, Optional<byte[]>> rawCache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<byte[]>> eldest) {
            return size() > RAW_CACHE_ENTRIES;
        }
    };

    private volatile boolean running;
    private volatile boolean loaded;
    private KafkaConsumer<String, byte[]> consumer;
    private KafkaConsumer<String, byte[]> rawReader;
    private KafkaProducer<String, String> producer;
    private Thread reader;

    DeskLog(CopydeskConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.config = config;
        this.kafkaConfig = kafkaConfig;
    }

    /** After TopicProvisioner (PLATFORM_BEFORE) made the topics; only where the desk role runs. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 600) StartupEvent event) {
        if (!enabled(config)) {
            return;
        }
        consumer = new KafkaConsumer<>(consumerConfig("copydesk-desk-reader"), new StringDeserializer(),
                new ByteArrayDeserializer());
        rawReader = new KafkaConsumer<>(consumerConfig("copydesk-desk-raw-reader"), new StringDeserializer(),
                new ByteArrayDeserializer());
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        running = true;
        reader = new Thread(this::read, "copydesk-desk-reader");
        reader.setDaemon(true);
        reader.start();
        LOG.infof("review desk on: reading %s and %s", config.topics().review(), config.topics().reviewDecisions());
    }

    /** Whether this worker runs the desk role. */
    public static boolean enabled(CopydeskConfig config) {
        return StageRoles.parse(String.join(",", config.stages())).contains(StageRoles.Stage.DESK);
    }

    public DeskState state() {
        return state;
    }

    /** Whether both topics were read up to where they ended when the desk started. */
    public boolean loaded() {
        return loaded;
    }

    /** Writes {@code value} (null: a tombstone) and returns where it was written, once the broker acknowledged it. */
    public RecordMetadata write(String topic, String key, String value) {
        try {
            return producer.send(new ProducerRecord<>(topic, key, value))
                    .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not write to " + topic + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no acknowledgement from " + topic + " within " + SEND_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to " + topic, e);
        }
    }

    /**
     * Waits, at most {@code timeout}, until the reader applied the record at {@code written}; true if it did. An
     * action waits for its own decision so that the page it leads to shows it.
     */
    public boolean awaitApplied(RecordMetadata written, Duration timeout) {
        TopicPartition partition = new TopicPartition(written.topic(), written.partition());
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (applied) {
            while (applied.getOrDefault(partition, -1L) < written.offset()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    applied.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The raw record an article was made from, or empty when it is no longer on its topic (retention) or cannot be
     * read within a few seconds.
     */
    public Optional<byte[]> raw(SourceVersion version) {
        if (version == null || version.topic() == null) {
            return Optional.empty();
        }
        String where = version.topic() + "-" + version.partition() + "@" + version.offset();
        synchronized (rawCache) {
            Optional<byte[]> cached = rawCache.get(where);
            if (cached != null && cached.isPresent()) {
                return cached;
            }
            Optional<byte[]> fetched = fetch(version);
            rawCache.put(where, fetched);
            return fetched;
        }
    }

    private Optional<byte[]> fetch(SourceVersion version) {
        TopicPartition partition = new TopicPartition(version.topic(), version.partition());
        try {
            rawReader.assign(List.of(partition));
            rawReader.seek(partition, version.offset());
            long deadline = System.nanoTime() + RAW_FETCH_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : rawReader.poll(POLL)) {
                    if (record.offset() == version.offset()) {
                        return Optional.ofNullable(record.value());
                    }
                    if (record.offset() > version.offset()) {
                        return Optional.empty(); // deleted by retention or compaction
                    }
                }
            }
        } catch (KafkaException e) {
            LOG.warnf("could not read the raw article at %s-%d@%d: %s", version.topic(), version.partition(),
                    version.offset(), e.getMessage());
        }
        return Optional.empty();
    }

    @PreDestroy
    void close() {
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
        synchronized (rawCache) {
            rawReader.close(CLOSE_TIMEOUT);
        }
        producer.close(CLOSE_TIMEOUT);
    }

    private void read() {
        List<String> topics = List.of(config.topics().review(), config.topics().reviewDecisions());
        Map<TopicPartition, Long> initialEnd = null;
        long nextPartitionCheck = 0;
        long started = System.nanoTime();
        try {
            while (running) {
                try {
                    if (System.nanoTime() - nextPartitionCheck >= 0) {
                        nextPartitionCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
                        if (!assignAll(topics)) {
                            nextPartitionCheck = 0;
                            sleep(RETRY);
                            continue;
                        }
                        if (initialEnd == null) {
                            initialEnd = consumer.endOffsets(consumer.assignment(), RETRY.multipliedBy(5));
                        }
                    }
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                        apply(record);
                    }
                    markApplied();
                    if (!loaded && initialEnd != null && reached(initialEnd)) {
                        loaded = true;
                        LOG.infof("review desk loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
                    }
                } catch (WakeupException | InterruptException e) {
                    return;
                } catch (KafkaException e) {
                    LOG.warnf("reading the review topics failed (%s); retrying", e.getMessage());
                    sleep(RETRY);
                }
            }
        } finally {
            consumer.close(CLOSE_TIMEOUT);
        }
    }

    /** Every partition of both topics, new ones from the beginning; false while a topic is missing. */
    private boolean assignAll(List<String> topics) {
        Set<TopicPartition> all = new HashSet<>();
        for (String topic : topics) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, RETRY.multipliedBy(5));
            if (partitions == null || partitions.isEmpty()) {
                LOG.warnf("review desk: topic %s not found; retrying", topic);
                return false;
            }
            partitions.forEach(info -> all.add(new TopicPartition(topic, info.partition())));
        }
        Set<TopicPartition> added = new HashSet<>(all);
        added.removeAll(consumer.assignment());
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

    /** Both topics are written by other processes: a record that cannot be read is skipped and logged, not trusted. */
    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        try {
            if (record.topic().equals(config.topics().review())) {
                RewrittenArticle article = Json.read(record.value(), RewrittenArticle.class);
                if (article.id() == null || article.locale() == null || article.title() == null) {
                    throw new IllegalArgumentException("a review record needs an id, a locale and a title");
                }
                state.review(new DeskState.ReviewItem(article.key(), article,
                        new ReviewRef(record.topic(), record.partition(), record.offset(), record.timestamp())));
            } else {
                ReviewDecision decision = Json.read(record.value(), ReviewDecision.class);
                if (decision.id() == null || decision.locale() == null || decision.action() == null
                        || decision.review() == null) {
                    throw new IllegalArgumentException("a decision needs an id, a locale, an action and a review");
                }
                state.decision(decision);
            }
        } catch (RuntimeException e) {
            LOG.warnf("review desk skipped record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
        }
    }

    /** The position of each partition, so that awaitApplied sees what was read (skipped records included). */
    private void markApplied() {
        synchronized (applied) {
            for (TopicPartition partition : consumer.assignment()) {
                applied.put(partition, consumer.position(partition) - 1);
            }
            applied.notifyAll();
        }
    }

    private Map<String, Object> consumerConfig(String clientId) {
        Map<String, Object> consumerConfig = new HashMap<>(kafkaConfig);
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        return consumerConfig;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Under the broker's message.max.bytes with room, as for the channels (application.properties).
        producerConfig.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1_000_000);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "copydesk-desk-writer");
        return producerConfig;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
