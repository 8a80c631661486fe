package dev.copydesk.kafka;

import dev.copydesk.config.CopydeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Liveness DOWN when a stage's input has a backlog but the worker has stopped taking its records: nothing of that
 * topic in progress, records not yet committed by the stage's group (end offset minus committed offset), and no
 * record begun for {@code copydesk.stall-timeout}. The drills saw exactly that after a rebalance, with every other
 * check UP: SmallRye's per-key ordering stopped handing records to the stage (README, "Not built yet"). Nothing is
 * lost in that state, since the records are not committed, and a restart resumes: this check makes Kubernetes do
 * it. A model outage does not trip it (the waiting records are in progress), nor does an idle topic (no backlog).
 * The backlog comes from the broker ({@link GroupBacklog}), and is asked only once nothing has begun for the whole
 * timeout.
 */
@Liveness
@ApplicationScoped
public class StreamProgressCheck implements HealthCheck {

    private final PartitionOwnership ownership;
    private final Duration stallTimeout;
    /** Input topic of each stage this worker runs, with the stage's consumer group. */
    private final Map<String, String> groupByTopic = new LinkedHashMap<>();
    private final GroupBacklog backlogs;
    private final Instant startedAt = Instant.now();

    StreamProgressCheck(PartitionOwnership ownership, CopydeskConfig config, GroupBacklog backlog) {
        this.ownership = ownership;
        this.stallTimeout = config.stallTimeout();
        this.backlogs = backlog;
        groupByTopic.putAll(GroupBacklog.inputsOf(config));
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("copydesk-stream-progress").up();
        Instant now = Instant.now();
        groupByTopic.forEach((topic, group) -> {
            Instant lastClaim = ownership.lastClaim(topic).orElse(startedAt);
            long inProgress = ownership.inProgress(topic);
            // The broker is asked only when the cheap conditions already hold.
            if (stalled(inProgress, 1, lastClaim, now, stallTimeout)) {
                long backlog = backlog(topic, group);
                if (stalled(inProgress, backlog, lastClaim, now, stallTimeout)) {
                    response.down().withData(topic, String.format("stalled: %d records not yet committed by %s, "
                            + "none in progress, none begun since %s", backlog, group, lastClaim));
                }
            }
        });
        return response.build();
    }

    /** The rule, apart from where its inputs come from. */
    static boolean stalled(long inProgress, long backlog, Instant lastClaim, Instant now, Duration timeout) {
        return inProgress == 0 && backlog > 0 && Duration.between(lastClaim, now).compareTo(timeout) > 0;
    }

    /** Records of {@code topic} after {@code group}'s committed offsets; 0 when the broker cannot say. */
    private long backlog(String topic, String group) {
        // A broker that does not answer is the channels' health to report, not a stall.
        return backlogs.of(topic, group).orElse(0);
    }
}
