package dev.copydesk.kafka;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.StageRoles;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Liveness DOWN when a stage's input has a backlog but the worker has stopped taking its records: nothing of that
 * topic in progress, records not yet committed by the stage's group (end offset minus committed offset), and no
 * record begun for {@code copydesk.stall-timeout}. The drills saw exactly that after a rebalance, with every other
 * check UP: SmallRye's per-key ordering stopped handing records to the stage (README, "Not built yet"). Nothing is
 * lost in that state, since the records are not committed, and a restart resumes: this check makes Kubernetes do
 * it. A model outage does not trip it (the waiting records are in progress), nor does an idle topic (no backlog).
 * The backlog comes from the broker (the consumer's own lag metric goes blank on paused partitions), at most once
 * per stall timeout's tenth, and only once nothing has begun for the whole timeout.
 */
@Liveness
@ApplicationScoped
public class StreamProgressCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(StreamProgressCheck.class);
    private static final long ADMIN_TIMEOUT_SECONDS = 5;

    private final PartitionOwnership ownership;
    private final Duration stallTimeout;
    /** Input topic of each stage this worker runs, with the stage's consumer group. */
    private final Map<String, String> groupByTopic = new LinkedHashMap<>();
    private final Map<String, Object> kafkaConfig;
    private final Instant startedAt = Instant.now();
    private Admin admin;

    StreamProgressCheck(PartitionOwnership ownership, CopydeskConfig config,
                        @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.ownership = ownership;
        this.stallTimeout = config.stallTimeout();
        this.kafkaConfig = kafkaConfig;
        Set<StageRoles.Stage> stages = StageRoles.parse(String.join(",", config.stages()));
        if (stages.contains(StageRoles.Stage.REWRITE)) {
            groupByTopic.put(config.topics().raw(), config.topics().rewriteGroup());
        }
        if (stages.contains(StageRoles.Stage.SEO)) {
            groupByTopic.put(config.topics().rewritten(), config.topics().seoGroup());
        }
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
    private synchronized long backlog(String topic, String group) {
        try {
            if (admin == null) {
                Map<String, Object> adminConfig = new HashMap<>(kafkaConfig);
                adminConfig.put("client.id", "copydesk-stream-progress");
                admin = Admin.create(adminConfig);
            }
            Set<TopicPartition> partitions = admin.describeTopics(Set.of(topic)).allTopicNames()
                    .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic).partitions().stream()
                    .map(info -> new TopicPartition(topic, info.partition())).collect(Collectors.toSet());
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest())))
                    .all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long backlog = 0;
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                backlog += ends.get(partition) - (offset == null ? 0 : offset.offset());
            }
            return backlog;
        } catch (Exception e) {
            // A broker that does not answer is the channels' health to report, not a stall.
            LOG.debugf("backlog of %s unknown: %s", topic, e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(ADMIN_TIMEOUT_SECONDS));
        }
    }
}
