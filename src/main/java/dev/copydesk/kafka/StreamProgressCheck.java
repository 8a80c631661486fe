package dev.copydesk.kafka;

import dev.copydesk.config.CopydeskConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Liveness DOWN when a stage's input has a backlog but the worker has stopped taking its records: nothing of that
 * topic in progress, records waiting (the consumer's lag), and no record begun for {@code copydesk.stall-timeout}.
 * The drills saw exactly that after a rebalance or a broker restart, with every other check UP: SmallRye's per-key
 * ordering stopped handing records to the stage (README, "Not built yet"). Nothing is lost in that state, since the
 * records are not committed, and a restart resumes: this check makes Kubernetes do it. A model outage does not trip
 * it (the waiting records are in progress), nor does an idle topic (no lag).
 */
@Liveness
@ApplicationScoped
public class StreamProgressCheck implements HealthCheck {

    /** Kafka's consumer metric, as Quarkus binds it to Micrometer: records behind the end, per partition. */
    static final String LAG_METRIC = "kafka.consumer.fetch.manager.records.lag.max";

    private final PartitionOwnership ownership;
    private final MeterRegistry registry;
    private final Duration stallTimeout;
    private final List<String> inputTopics;
    private final Instant startedAt = Instant.now();

    StreamProgressCheck(PartitionOwnership ownership, MeterRegistry registry, CopydeskConfig config) {
        this.ownership = ownership;
        this.registry = registry;
        this.stallTimeout = config.stallTimeout();
        this.inputTopics = List.of(config.topics().raw(), config.topics().rewritten());
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("copydesk-stream-progress").up();
        Instant now = Instant.now();
        for (String topic : inputTopics) {
            double lag = lag(topic);
            Instant lastClaim = ownership.lastClaim(topic).orElse(startedAt);
            if (stalled(ownership.inProgress(topic), lag, lastClaim, now, stallTimeout)) {
                response.down().withData(topic, String.format("stalled: %.0f records waiting, none in progress, "
                        + "none begun since %s", lag, lastClaim));
            }
        }
        return response.build();
    }

    /** The rule, apart from where its inputs come from. */
    static boolean stalled(long inProgress, double lag, Instant lastClaim, Instant now, Duration timeout) {
        return inProgress == 0 && lag > 0 && Duration.between(lastClaim, now).compareTo(timeout) > 0;
    }

    /** The largest lag of the topic's partitions this worker fetches; 0 when unknown (not consumed here). */
    private double lag(String topic) {
        String underscored = topic.replace('.', '_');
        return registry.find(LAG_METRIC).gauges().stream()
                .filter(gauge -> topic.equals(gauge.getId().getTag("topic"))
                        || underscored.equals(gauge.getId().getTag("topic")))
                .filter(gauge -> gauge.getId().getTag("partition") != null)
                .mapToDouble(Gauge::value)
                .filter(value -> !Double.isNaN(value))
                .max().orElse(0);
    }
}
