package dev.copydesk.metrics;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.kafka.GroupBacklog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code copydesk_consumer_lag{group,topic,stage}}: records of each stage's input topic that its consumer group has not
 * committed yet, from the broker ({@link GroupBacklog}), for the stages this worker runs. Every worker of a group
 * reports the group's whole lag (take the max across workers, not the sum). A scrape never waits for the broker: it
 * reads the last value and, when that is older than {@link #REFRESH}, starts a refresh in the background, so the
 * value is at most one scrape interval behind. NaN until the broker first answered, or when it stops answering.
 */
@ApplicationScoped
public class ConsumerLagMeters {

    static final Duration REFRESH = Duration.ofSeconds(5);

    private final GroupBacklog backlog;
    private final MeterRegistry registry;
    private final CopydeskConfig config;
    private final Map<String, Lag> lags = new ConcurrentHashMap<>();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "copydesk-consumer-lag");
        thread.setDaemon(true);
        return thread;
    });

    ConsumerLagMeters(GroupBacklog backlog, MeterRegistry registry, CopydeskConfig config) {
        this.backlog = backlog;
        this.registry = registry;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        GroupBacklog.inputsOf(config).forEach((topic, group) -> {
            Lag lag = lags.computeIfAbsent(topic, t -> new Lag(topic, group));
            Gauge.builder("copydesk.consumer.lag", lag, Lag::read)
                    .description("records of the input topic not yet committed by the stage's consumer group")
                    .tag("group", group).tag("topic", topic)
                    .tag("stage", topic.equals(config.topics().raw()) ? StageMetrics.REWRITE : StageMetrics.SEO)
                    .register(registry);
        });
    }

    @PreDestroy
    void close() {
        refresher.shutdownNow();
    }

    private final class Lag {
        private final String topic;
        private final String group;
        private final AtomicBoolean refreshing = new AtomicBoolean();
        private volatile double value = Double.NaN;
        private volatile long refreshedAt = System.nanoTime() - REFRESH.toNanos() - 1;

        Lag(String topic, String group) {
            this.topic = topic;
            this.group = group;
        }

        double read() {
            if (System.nanoTime() - refreshedAt > REFRESH.toNanos() && refreshing.compareAndSet(false, true)) {
                try {
                    refresher.execute(this::refresh);
                } catch (RuntimeException e) {
                    refreshing.set(false); // stopping
                }
            }
            return value;
        }

        private void refresh() {
            try {
                OptionalLong measured = backlog.of(topic, group);
                value = measured.isPresent() ? measured.getAsLong() : Double.NaN;
                refreshedAt = System.nanoTime();
            } finally {
                refreshing.set(false);
            }
        }
    }
}
