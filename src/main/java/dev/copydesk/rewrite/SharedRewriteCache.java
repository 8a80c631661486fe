package dev.copydesk.rewrite;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.StageRoles;
import dev.copydesk.kafka.TopicFollower;
import dev.copydesk.llm.LlmClients;
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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The rewrite cache shared by workers and kept across restarts, through the compacted topic
 * {@code copydesk.topics.llm-cache} (key: input hash; value: the {@link RewriteCache.Entry} as JSON; a tombstone
 * removes an entry). Each accepted answer is written there; each worker reads the topic from the beginning at
 * startup and keeps reading it, so that what another worker writes meanwhile is served too.
 * <p>
 * The reader is a {@link TopicFollower}: no group, so it moves no offsets and never rebalances anyone. The writer is a plain producer fed through a small queue on its own thread: a cache write
 * that fails or a broker that is slow never fails nor holds up an article (the failure is logged and counted).
 * Entries read from the topic are cached and never written back.
 */
@ApplicationScoped
public class SharedRewriteCache implements RewriteCache.Sharing {

    private static final Logger LOG = Logger.getLogger(SharedRewriteCache.class);
    /** Cache writes waiting for the writer thread; beyond, a write is dropped (and counted) rather than waited for. */
    private static final int WRITE_QUEUE = 1000;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final RewriteCache cache;
    private final CopydeskConfig config;
    private final Map<String, Object> kafkaConfig;
    private final Counter loaded;
    private final Counter malformed;
    private final Counter writeFailures;

    private volatile boolean running;
    private volatile long initialLoadDeadlineNanos;
    private TopicFollower follower;
    private KafkaProducer<String, byte[]> producer;
    private ThreadPoolExecutor writer;

    SharedRewriteCache(RewriteCache cache, CopydeskConfig config,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.cache = cache;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.loaded = Counter.builder("copydesk.rewrite.cache.loaded")
                .description("entries read from the shared cache topic into the local cache").register(registry);
        this.malformed = Counter.builder("copydesk.rewrite.cache.malformed")
                .description("records of the shared cache topic skipped as unreadable").register(registry);
        this.writeFailures = Counter.builder("copydesk.rewrite.cache.write.failures")
                .description("accepted answers that could not be written to the shared cache topic")
                .register(registry);
        Gauge.builder("copydesk.rewrite.cache.bytes", cache, RewriteCache::weightedBytes)
                .description("JSON bytes of the rewrites held in the local cache").register(registry);
    }

    /**
     * After TopicProvisioner (PLATFORM_BEFORE) created the topic, before the messaging channels start
     * (LIBRARY_BEFORE): the rewrite stage's first record already waits for the initial load. Only with a model (the
     * passthrough engine has nothing to cache) and where the rewrite stage runs (an SEO-only worker would hold the
     * whole topic in memory for nothing).
     */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 500) StartupEvent event,
                 LlmClients llms) {
        boolean rewrites = StageRoles.parse(String.join(",", config.stages())).contains(StageRoles.Stage.REWRITE);
        if (!config.cache().shared() || llms.configured().isEmpty() || !rewrites) {
            return;
        }
        String topic = config.topics().llmCache();
        initialLoadDeadlineNanos = System.nanoTime() + config.cache().initialLoadTimeout().toNanos();
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(WRITE_QUEUE),
                daemon("copydesk-llm-cache-writer"),
                (task, executor) -> writeFailed("an entry", "the write queue is full"));
        follower = new TopicFollower(kafkaConfig, topic, "llm-cache", this::apply);
        running = true;
        follower.start();
        cache.shareThrough(this);
        LOG.infof("rewrite cache shared through topic %s (initial load waits up to %s)", topic,
                config.cache().initialLoadTimeout());
    }

    @Override
    public void publish(String inputHash, byte[] json) {
        ThreadPoolExecutor executor = writer;
        if (executor == null || executor.isShutdown()) {
            writeFailed(inputHash, "the worker is stopping");
            return;
        }
        executor.execute(() -> {
            try {
                producer.send(new ProducerRecord<>(config.topics().llmCache(), inputHash, json), (metadata, error) -> {
                    if (error != null) {
                        writeFailed(inputHash, error.toString());
                    }
                });
            } catch (RuntimeException e) {
                writeFailed(inputHash, e.toString());
            }
        });
    }

    /**
     * Waits, at most until the deadline set at startup, for the topic to be read up to where it ended then. Records
     * wait here rather than the worker's startup: the SEO stage and the probes need not wait for the cache.
     */
    @Override
    public void awaitInitialLoad() {
        long remaining = initialLoadDeadlineNanos - System.nanoTime();
        if (remaining <= 0 || follower.caughtUp()) {
            return;
        }
        try {
            if (!follower.awaitCaughtUp(Duration.ofNanos(remaining))) {
                LOG.warnf("the shared rewrite cache is not loaded after %s; rewriting without waiting (the load "
                        + "goes on, replays may pay the model meanwhile)", config.cache().initialLoadTimeout());
            }
        } catch (InterruptedException e) {
            // The worker is stopping: what follows sees the interrupt and gives up as it would anyway.
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void close() {
        if (!running) {
            return;
        }
        running = false;
        follower.close();
        writer.shutdown();
        try {
            writer.awaitTermination(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(CLOSE_TIMEOUT);
    }

    /** The topic is written by other workers: a record that is not an entry for its key is skipped, not trusted. */
    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            skip(record, "no key");
        } else if (record.value() == null) {
            cache.remove(record.key());
        } else {
            try {
                cache.load(record.key(), RewriteCache.Entry.fromJson(record.key(), record.value()),
                        record.value().length);
                loaded.increment();
            } catch (IllegalArgumentException e) {
                skip(record, e.getMessage());
            }
        }
    }

    private void skip(ConsumerRecord<String, byte[]> record, String why) {
        malformed.increment();
        LOG.warnf("skipped record %s-%d@%d of the shared rewrite cache: %s", record.topic(), record.partition(),
                record.offset(), why);
    }

    private void writeFailed(String inputHash, String why) {
        writeFailures.increment();
        LOG.warnf("could not write %s to the shared rewrite cache (%s); the article is not affected", inputHash, why);
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        // Under the broker's message.max.bytes with room, as for the channels (application.properties).
        producerConfig.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1_000_000);
        // Bounds the writer thread's wait for a broker that does not answer; the article never waits on it.
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producerConfig.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "copydesk-llm-cache-writer");
        return producerConfig;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
