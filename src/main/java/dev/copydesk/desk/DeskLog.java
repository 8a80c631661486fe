package dev.copydesk.desk;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.StageRoles;
import dev.copydesk.kafka.TopicFollower;
import dev.copydesk.model.Json;
import dev.copydesk.model.ReviewDecision;
import dev.copydesk.model.ReviewRef;
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
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The desk's Kafka side. Two {@link TopicFollower}s read the review and decision topics from the beginning and keep
 * reading them ({@code assign()} on every partition, no consumer group: they commit nothing and rebalance no one),
 * applying each record to the {@link DeskState}; every desk replica does the same, so every replica ends with the same
 * state.
 * A producer writes the decisions and what they publish, each write acknowledged by the broker (acks=all) before the
 * action returns. Raw articles are fetched one by one, by the position their rewritten article names.
 */
@ApplicationScoped
public class DeskLog {

    private static final Logger LOG = Logger.getLogger(DeskLog.class);
    private static final Duration POLL = Duration.ofMillis(200);
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
    private TopicFollower reviews;
    private TopicFollower decisions;
    private KafkaConsumer<String, byte[]> rawReader;
    private KafkaProducer<String, String> producer;

    DeskLog(CopydeskConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.config = config;
        this.kafkaConfig = kafkaConfig;
    }

    /** After TopicProvisioner (PLATFORM_BEFORE) made the topics; only where the desk role runs. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 600) StartupEvent event) {
        if (!enabled(config)) {
            return;
        }
        rawReader = new KafkaConsumer<>(consumerConfig("copydesk-desk-raw-reader"), new StringDeserializer(),
                new ByteArrayDeserializer());
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        reviews = new TopicFollower(kafkaConfig, config.topics().review(), "desk-review", this::applyReview);
        decisions = new TopicFollower(kafkaConfig, config.topics().reviewDecisions(), "desk-decisions",
                this::applyDecision);
        running = true;
        reviews.start();
        decisions.start();
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
        return running && reviews.caughtUp() && decisions.caughtUp();
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
        reviews.close();
        decisions.close();
        synchronized (rawCache) {
            rawReader.close(CLOSE_TIMEOUT);
        }
        producer.close(CLOSE_TIMEOUT);
    }

    /** The review topic is written by the stages: a record that is not an article is skipped and logged. */
    private void applyReview(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        try {
            RewrittenArticle article = Json.read(record.value(), RewrittenArticle.class);
            if (article.id() == null || article.locale() == null || article.title() == null) {
                throw new IllegalArgumentException("a review record needs an id, a locale and a title");
            }
            state.review(new DeskState.ReviewItem(article.key(), article,
                    new ReviewRef(record.topic(), record.partition(), record.offset(), record.timestamp())));
        } catch (RuntimeException e) {
            skip(record, e);
        }
    }

    /**
     * A decision, from this replica or another. Its offset is noted, skipped or not, so that {@link #awaitApplied}
     * sees what was read.
     */
    private void applyDecision(ConsumerRecord<String, byte[]> record) {
        try {
            if (record.value() != null) {
                ReviewDecision decision = Json.read(record.value(), ReviewDecision.class);
                if (decision.id() == null || decision.locale() == null || decision.action() == null
                        || decision.review() == null) {
                    throw new IllegalArgumentException("a decision needs an id, a locale, an action and a review");
                }
                state.decision(decision);
            }
        } catch (RuntimeException e) {
            skip(record, e);
        } finally {
            synchronized (applied) {
                applied.merge(new TopicPartition(record.topic(), record.partition()), record.offset(), Math::max);
                applied.notifyAll();
            }
        }
    }

    private static void skip(ConsumerRecord<String, byte[]> record, RuntimeException e) {
        LOG.warnf("review desk skipped record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                e.getMessage());
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

}
