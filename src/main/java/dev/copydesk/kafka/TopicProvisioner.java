package dev.copydesk.kafka;

import dev.copydesk.config.CopydeskConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates missing topics before the channels start, so that the published topic is compacted from its first record
 * (a broker that auto-creates it on first write would not compact it). Existing topics are never changed.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);
    private static final long TIMEOUT_SECONDS = 30;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event, CopydeskConfig config,
                 @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        CopydeskConfig.Topics topics = config.topics();
        if (!topics.autoCreate()) {
            return;
        }
        Map<String, Object> adminConfig = new HashMap<>(kafkaConfig);
        adminConfig.putIfAbsent("client.id", "copydesk-topic-provisioner");
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = List.of(topics.raw(), topics.rewritten(), topics.published(), topics.metrics(),
                            topics.dlq(), topics.review()).stream()
                    .distinct()
                    .filter(name -> !existing.contains(name))
                    .map(name -> newTopic(name, topics, name.equals(topics.published())))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                LOG.infof("created topics %s", missing.stream().map(NewTopic::name).toList());
            }
        } catch (ExecutionException | TimeoutException e) {
            // Not fatal: the topics may exist already or be created by the broker; the channels report real trouble.
            LOG.warnf("could not check or create topics (%s); continuing", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static NewTopic newTopic(String name, CopydeskConfig.Topics topics, boolean compacted) {
        Optional<Short> replication = topics.replicationFactor() > 0
                ? Optional.of(topics.replicationFactor()) : Optional.empty();
        NewTopic topic = new NewTopic(name, Optional.of(topics.partitions()), replication);
        return compacted ? topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))
                : topic;
    }
}
