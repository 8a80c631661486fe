package dev.copydesk.feeds;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.kafka.TopicFollower;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The feeds' view of the compacted published topic, where {@code copydesk.feeds.enabled} is on, read from the
 * beginning and followed without a consumer group ({@link TopicFollower}), so every worker serving feeds has the
 * whole view. The feeds answer once the topic was read up to where it ended
 * at startup; a partial sitemap would tell crawlers that articles were withdrawn.
 */
@ApplicationScoped
public class PublishedFeeds {

    private static final Logger LOG = Logger.getLogger(PublishedFeeds.class);
    /** Where the feeds stand on this worker. */
    enum State { DISABLED, LOADING, READY }

    private final CopydeskConfig config;
    private final Map<String, Object> kafkaConfig;
    private final MeterRegistry registry;
    private final Counter skipped;

    private volatile TopicFollower follower;
    private FeedStore store;

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
        follower = new TopicFollower(kafkaConfig, topic, "feeds", this::apply);
        follower.start();
        LOG.infof("feeds enabled: reading %s from the beginning, without a consumer group", topic);
    }

    State state() {
        return follower == null ? State.DISABLED : follower.caughtUp() ? State.READY : State.LOADING;
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
        if (follower != null) {
            follower.close();
        }
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
}
