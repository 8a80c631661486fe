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
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A consumer group's backlog on a topic, from the broker: end offsets minus the group's committed offsets, summed
 * over the partitions. The consumer's own lag metric goes blank on paused partitions, which is exactly when a
 * backlog matters (an open circuit pauses consumption), so the stall check ({@link StreamProgressCheck}) and the
 * {@code copydesk_consumer_lag} gauge both ask the broker here, through one admin client.
 */
@ApplicationScoped
public class GroupBacklog {

    private static final Logger LOG = Logger.getLogger(GroupBacklog.class);
    private static final long ADMIN_TIMEOUT_SECONDS = 5;

    private final Map<String, Object> kafkaConfig;
    private Admin admin;

    GroupBacklog(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    /** Input topic of each stage this worker runs, with the stage's consumer group. */
    public static Map<String, String> inputsOf(CopydeskConfig config) {
        Map<String, String> groupByTopic = new LinkedHashMap<>();
        Set<StageRoles.Stage> stages = StageRoles.parse(String.join(",", config.stages()));
        if (stages.contains(StageRoles.Stage.REWRITE)) {
            groupByTopic.put(config.topics().raw(), config.topics().rewriteGroup());
        }
        if (stages.contains(StageRoles.Stage.SEO)) {
            groupByTopic.put(config.topics().rewritten(), config.topics().seoGroup());
        }
        return groupByTopic;
    }

    /** Records of {@code topic} after {@code group}'s committed offsets; empty when the broker cannot say. */
    public synchronized OptionalLong of(String topic, String group) {
        try {
            if (admin == null) {
                Map<String, Object> adminConfig = new HashMap<>(kafkaConfig);
                adminConfig.put("client.id", "copydesk-group-backlog");
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
            return OptionalLong.of(backlog);
        } catch (Exception e) {
            LOG.debugf("backlog of %s unknown: %s", topic, e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return OptionalLong.empty();
        }
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(ADMIN_TIMEOUT_SECONDS));
        }
    }
}
