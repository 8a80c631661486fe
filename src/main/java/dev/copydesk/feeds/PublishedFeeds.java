package dev.copydesk.feeds;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The feeds' view of the compacted published topic, where {@code copydesk.feeds.enabled} is on. A plain consumer
 * with {@code assign()} on every partition and no group reads the topic from the beginning, then keeps reading it
 * on its own thread: it commits nothing and joins no group, so every worker serving feeds has the whole view and
 * the stages' groups never rebalance because of it. The feeds answer once the topic was read up to where it ended
 * at startup; a partial sitemap would tell crawlers that articles were withdrawn.
 */
@ApplicationScoped
public class PublishedFeeds {

    private static final Logger LOG = Logger.getLogger(PublishedFeeds.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** Wait between tries when the topic is missing or the broker fails the reader. */
    private static final Duration RETRY = Duration.ofSeconds(2);
    /** How often the reader looks for partitions added to the topic. */
    private static final Duration PARTITION_CHECK = Duration.ofMinutes(1);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    /** Where the feeds stand on this worker. */
    enum State { DISABLED, LOADING, READY }

    private final CopydeskConfig config;
    private final Map<String, Object> kafkaConfig;
    private final MeterRegistry registry;
    private final Counter skipped;

    private volatile State state = State.DISABLED;
    private volatile boolean running;
    private FeedStore store;
    private KafkaConsumer<String, byte[]> consumer;
    private Thread reader;

    PublishedFeeds(CopydeskConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                   MeterRegistry registry) {
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.registry = registry;
        this.skipped = Counter.builder("copydesk.feeds.skipped")
                .description("published-topic records the feeds could not read or show (their key is dropped)")
                .register(registry);
    }

    /** After TopicProvisioner (PLATFORM_BEFORE) created the topic; the stages need not wait for it. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 600) StartupEvent event) {
        if (!config.feeds().enabled()) {
            return;
        }
        if (publicationName().isBlank()) {
            throw new IllegalStateException("copydesk.feeds.publication-name (or copydesk.seo.publisher-name) is "
                    + "blank: the news sitemap must name the publication");
        }
        if (config.feeds().maxAge().isNegative()) {
            throw new IllegalStateException("copydesk.feeds.max-age must not be negative: " + config.feeds().maxAge());
        }
        store = new FeedStore(config.feeds().atomEntries(), Clock.systemUTC());
        Gauge.builder("copydesk.feeds.entries", store, FeedStore::size)
                .description("articles held for the news sitemap and the Atom feeds").register(registry);
        String topic = config.topics().published();
        consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        state = State.LOADING;
        reader = new Thread(() -> read(topic), "copydesk-feeds-reader");
        reader.setDaemon(true);
        reader.start();
        LOG.infof("feeds enabled: reading %s from the beginning, without a consumer group", topic);
    }

    State state() {
        return state;
    }

    /** The articles of the feeds; only once {@link #state()} is READY. */
    FeedStore store() {
        return store;
    }

    String publicationName() {
        return config.feeds().publicationName().orElse(config.seo().publisherName());
    }

    /** The public address of {@code locale}'s feed, under copydesk.seo.site-url; empty without a site URL. */
    Optional<String> atomUrl(FeedLocale locale) {
        return config.seo().siteUrl().map(site -> site + "/feeds/" + locale.pathSegment() + ".atom");
    }

    Duration maxAge() {
        return config.feeds().maxAge();
    }

    String topic() {
        return config.topics().published();
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
    }

    /** The reader thread: assign, read from the beginning, keep reading until closed. */
    private void read(String topic) {
        Map<TopicPartition, Long> initialEnd = null;
        long nextPartitionCheck = 0;
        long started = System.nanoTime();
        try {
            while (running) {
                try {
                    if (System.nanoTime() - nextPartitionCheck >= 0) {
                        nextPartitionCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
                        if (!assignAll(topic)) {
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
                    if (state == State.LOADING && initialEnd != null && reached(initialEnd)) {
                        state = State.READY;
                        LOG.infof("feeds loaded from %s: %d articles held, in %d ms", topic, store.size(),
                                (System.nanoTime() - started) / 1_000_000);
                    }
                } catch (WakeupException | InterruptException e) {
                    return;
                } catch (KafkaException e) {
                    LOG.warnf("reading %s for the feeds failed (%s); retrying", topic, e.getMessage());
                    sleep(RETRY);
                }
            }
        } finally {
            consumer.close(CLOSE_TIMEOUT);
        }
    }

    /** Assigns every partition of the topic (new ones read from the beginning); false while the topic is missing. */
    private boolean assignAll(String topic) {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, RETRY.multipliedBy(5));
        if (partitions == null || partitions.isEmpty()) {
            LOG.warnf("published topic %s not found; the feeds retry", topic);
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

    /**
     * The latest record of a key decides: a published article replaces the entry, anything else removes it. A record
     * that cannot be read or shown removes it too: the feeds must not go on advertising a version that was replaced.
     */
    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            skip(record, "no key");
            return;
        }
        Instant written = Instant.ofEpochMilli(record.timestamp());
        if (record.value() == null) {
            store.apply(record.key(), Optional.empty(), written);
            return;
        }
        Optional<FeedEntry> entry;
        try {
            entry = FeedEntry.of(record.key(), Json.read(record.value(), PublishedArticle.class), written);
        } catch (UncheckedIOException e) {
            entry = Optional.empty();
            skip(record, "not a published article");
        } catch (FeedEntry.Unusable e) {
            entry = Optional.empty();
            skip(record, e.getMessage());
        }
        store.apply(record.key(), entry, written);
    }

    /** The key is not logged: the topic is written upstream and its keys are data like any other field. */
    private void skip(ConsumerRecord<String, byte[]> record, String why) {
        skipped.increment();
        LOG.warnf("feeds: skipped record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), why);
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> consumerConfig = new HashMap<>(kafkaConfig);
        // No group: assign() reads every partition, commits nothing and takes part in no rebalance.
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // Only committed writes: an aborted transaction's article never reaches a crawler.
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerConfig.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "copydesk-feeds-reader");
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
