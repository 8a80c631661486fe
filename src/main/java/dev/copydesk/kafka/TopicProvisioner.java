package dev.copydesk.kafka;

import dev.copydesk.config.CopydeskConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates missing topics before the channels start, so that the published and the rewrite cache topics are compacted
 * from their first record (a broker that auto-creates a topic on first write would not compact it). Existing topics
 * are never changed. Then checks that each output topic accepts every record its producer accepts, and fails the
 * start if not.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);
    private static final long TIMEOUT_SECONDS = 30;
    private static final String KAFKA_CONNECTOR = "smallrye-kafka";
    /** Kafka's own default max.request.size. */
    private static final long DEFAULT_MAX_REQUEST_SIZE = 1_048_576;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event, CopydeskConfig config,
                 @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, Config mpConfig) {
        CopydeskConfig.Topics topics = config.topics();
        Map<String, Long> outputLimits = outputTopicLimits(topics, kafkaConfig, mpConfig);
        if (!topics.autoCreate() && outputLimits.isEmpty()) {
            return;
        }
        Map<String, Object> adminConfig = new HashMap<>(kafkaConfig);
        adminConfig.putIfAbsent("client.id", "copydesk-topic-provisioner");
        try (Admin admin = Admin.create(adminConfig)) {
            if (topics.autoCreate()) {
                createMissing(admin, topics, config.cache().shared());
            }
            warnIfPublishedIsNotReplicated(admin, topics.published());
            if (!outputLimits.isEmpty()) {
                requireTopicsAcceptWhatProducersAccept(admin, outputLimits);
            }
        } catch (ExecutionException | TimeoutException e) {
            // Not fatal: the topics may exist already or be created by the broker; the channels report real trouble.
            LOG.warnf("could not check or create topics (%s); continuing", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void createMissing(Admin admin, CopydeskConfig.Topics topics, boolean shareCache)
            throws ExecutionException, TimeoutException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<String> names = new ArrayList<>(List.of(topics.raw(), topics.rewritten(), topics.published(),
                topics.metrics(), topics.dlq(), topics.review(), topics.reviewDecisions()));
        // The shared rewrite cache keeps the latest entry per input hash, compacted like the published articles.
        if (shareCache) {
            names.add(topics.llmCache());
        }
        List<NewTopic> missing = names.stream()
                .distinct()
                .filter(name -> !existing.contains(name))
                .map(name -> newTopic(name, topics, name.equals(topics.published()) || name.equals(topics.llmCache())))
                .toList();
        if (!missing.isEmpty()) {
            int brokers = admin.describeCluster().nodes().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).size();
            if (topics.replicationFactor() > brokers) {
                throw new IllegalStateException(String.format("copydesk.topics.replication-factor is %d but the "
                        + "cluster has %d broker(s), so topics %s cannot be created; set it (and "
                        + "copydesk.topics.min-insync-replicas) to at most %d, or run with the local profile "
                        + "(-Dquarkus.profile=local: 1 and 1) against a single local broker",
                        topics.replicationFactor(), brokers, missing.stream().map(NewTopic::name).toList(), brokers));
            }
            admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            LOG.infof("created topics %s", missing.stream().map(NewTopic::name).toList());
        }
    }

    /**
     * Fails the start when an output topic would refuse a record its producer accepts (see {@link OutputLimits}):
     * such a record would fail its whole batch and stop the channel instead of being dead-lettered.
     */
    private static void requireTopicsAcceptWhatProducersAccept(Admin admin, Map<String, Long> maxRequestSizeByTopic)
            throws ExecutionException, TimeoutException, InterruptedException {
        List<ConfigResource> resources = maxRequestSizeByTopic.keySet().stream()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
        Map<String, Long> maxMessageBytes = new HashMap<>();
        admin.describeConfigs(resources).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).forEach((resource, configs) -> {
            ConfigEntry entry = configs.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            if (entry != null && entry.value() != null) {
                maxMessageBytes.put(resource.name(), Long.parseLong(entry.value()));
            }
        });
        List<String> violations = OutputLimits.violations(maxRequestSizeByTopic, maxMessageBytes);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("an output too large for its topic would stop a stage instead of being "
                    + "dead-lettered; lower max.request.size or raise the topic's max.message.bytes: "
                    + String.join("; ", violations));
        }
    }

    /**
     * Each output topic written through Kafka and the max.request.size of the producer that writes it (from the
     * channel, the connector or kafka.*); channels on another connector (tests in memory) have no topic limit.
     */
    private static Map<String, Long> outputTopicLimits(CopydeskConfig.Topics topics, Map<String, Object> kafkaConfig,
                                                       Config mpConfig) {
        long brokerWide = Optional.ofNullable(kafkaConfig.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG))
                .map(value -> Long.parseLong(value.toString()))
                .orElse(DEFAULT_MAX_REQUEST_SIZE);
        long connector = mpConfig.getOptionalValue("mp.messaging.connector.smallrye-kafka.max.request.size", Long.class)
                .orElse(brokerWide);
        Map<String, Long> limits = new HashMap<>();
        Map.of(Channels.REWRITTEN_ARTICLES_OUT, topics.rewritten(), Channels.PUBLISHED_ARTICLES, topics.published(),
                        Channels.ARTICLE_METRICS, topics.metrics(), Channels.REVIEW_ARTICLES, topics.review(),
                        Channels.DEAD_LETTERS, topics.dlq())
                .forEach((channel, topic) -> {
                    String prefix = "mp.messaging.outgoing." + channel + ".";
                    if (KAFKA_CONNECTOR.equals(mpConfig.getOptionalValue(prefix + "connector", String.class)
                            .orElse(null))) {
                        limits.merge(topic, mpConfig.getOptionalValue(prefix + "max.request.size", Long.class)
                                .orElse(connector), Math::max);
                    }
                });
        return limits;
    }

    private static NewTopic newTopic(String name, CopydeskConfig.Topics topics, boolean compacted) {
        Map<String, String> configs = new HashMap<>();
        configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(topics.minInsyncReplicas()));
        if (compacted) {
            configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        // The review desk keeps no database: the review and decision topics are its record, kept for good
        // (deletion by time would drop waiting articles from the queue and decisions from the audit trail).
        if (name.equals(topics.review()) || name.equals(topics.reviewDecisions())) {
            configs.put(TopicConfig.RETENTION_MS_CONFIG, "-1");
        }
        return new NewTopic(name, topics.partitions(), topics.replicationFactor()).configs(configs);
    }

    /**
     * An acknowledged write to the published topic (acks=all) is held by min(min.insync.replicas, replicas) brokers:
     * with one, a broker lost after acknowledging loses articles whose input was committed. Warns outside the local
     * and test profiles; the topic may belong to ops, so it is not changed.
     */
    private static void warnIfPublishedIsNotReplicated(Admin admin, String published)
            throws ExecutionException, TimeoutException, InterruptedException {
        if (ConfigUtils.getProfiles().stream().anyMatch(p -> p.equals("local") || p.equals("test") || p.equals("dev"))) {
            return;
        }
        int replicas = admin.describeTopics(List.of(published)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .get(published).partitions().stream().mapToInt(partition -> partition.replicas().size()).min()
                .orElse(0);
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, published);
        ConfigEntry minInsync = admin.describeConfigs(List.of(resource)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .get(resource).get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
        int required = minInsync == null || minInsync.value() == null ? 1 : Integer.parseInt(minInsync.value());
        int copies = Math.min(replicas, required);
        if (copies < 2) {
            LOG.warnf("topic %s has %d replica(s) and min.insync.replicas=%d: an acknowledged article is held by %d "
                    + "broker(s) only, and losing that broker loses it although its input was committed; give the "
                    + "topic 3 replicas and min.insync.replicas=2 (README, Operations)", published, replicas,
                    required, copies);
        }
    }
}
