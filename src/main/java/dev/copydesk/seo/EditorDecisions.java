package dev.copydesk.seo;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.StageRoles;
import dev.copydesk.kafka.Channels;
import dev.copydesk.kafka.TopicFollower;
import dev.copydesk.model.ArticleKey;
import dev.copydesk.model.ReviewDecision;
import dev.copydesk.model.SourceVersion;
import dev.copydesk.model.Json;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The articles an editor has already approved or rejected on the review desk, by key and source version, read from
 * {@code copydesk.topics.review-decisions}. The rewrite stage puts what its gates hold back on the review topic at
 * once, so an editor can decide on an article before the SEO stage, behind on its backlog, has made its
 * {@code needs_review} copy; that late copy must not replace the approved article (or bring back a rejected one)
 * on the published topic. Decisions on another version of the source (a new raw record, a replay of it) do not
 * count: that text has not been reviewed.
 * <p>
 * Read where the SEO stage runs on Kafka, with no group ({@link TopicFollower}); the topic holds only decisions,
 * which are few. The first records wait at most {@link #STARTUP_WAIT} after startup for the topic to be read to its
 * end, then the stage goes on without waiting (and says so once).
 */
@ApplicationScoped
public class EditorDecisions {

    private static final Logger LOG = Logger.getLogger(EditorDecisions.class);
    static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    private final CopydeskConfig config;
    private final Map<String, Object> kafkaConfig;
    /** Versions with a final decision, by article key. */
    private final Map<String, Set<SourceVersion>> decided = new ConcurrentHashMap<>();
    private volatile TopicFollower follower;
    private volatile long waitUntilNanos;
    private volatile boolean warned;

    EditorDecisions(CopydeskConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.config = config;
        this.kafkaConfig = kafkaConfig;
    }

    /** After TopicProvisioner (PLATFORM_BEFORE) made the topic; only where the SEO stage reads Kafka. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 600) StartupEvent event) {
        boolean seo = StageRoles.parse(String.join(",", config.stages())).contains(StageRoles.Stage.SEO);
        String connector = ConfigProvider.getConfig()
                .getOptionalValue("mp.messaging.incoming." + Channels.REWRITTEN_ARTICLES + ".connector", String.class)
                .orElse("");
        if (!seo || !connector.equals("smallrye-kafka")) {
            return;
        }
        waitUntilNanos = System.nanoTime() + STARTUP_WAIT.toNanos();
        follower = new TopicFollower(kafkaConfig, config.topics().reviewDecisions(), "seo-decisions", this::apply);
        follower.start();
    }

    /** Whether an editor approved or rejected the article {@code key} made from {@code version}. */
    public boolean isDecided(String key, SourceVersion version) {
        TopicFollower reader = follower;
        if (reader == null || version == null) {
            return false;
        }
        awaitInitialRead(reader);
        return decided.getOrDefault(key, Set.of()).contains(version);
    }

    void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        try {
            ReviewDecision decision = Json.read(record.value(), ReviewDecision.class);
            if (decision.isFinal() && decision.sourceVersion() != null) {
                decided.computeIfAbsent(ArticleKey.of(decision.id(), decision.locale()), key -> ConcurrentHashMap.newKeySet())
                        .add(decision.sourceVersion());
            }
        } catch (RuntimeException e) {
            LOG.warnf("skipped record %s-%d@%d of the review decisions: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }

    private void awaitInitialRead(TopicFollower reader) {
        long remaining = waitUntilNanos - System.nanoTime();
        if (reader.caughtUp() || remaining <= 0 && warned) {
            return;
        }
        try {
            if (remaining <= 0 || !reader.awaitCaughtUp(Duration.ofNanos(remaining))) {
                if (!warned) {
                    warned = true;
                    LOG.warnf("the review decisions are not read to their end %s after startup; going on without "
                            + "waiting (until they are, a late needs_review copy can replace an editor's decision)",
                            STARTUP_WAIT);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void close() {
        TopicFollower reader = follower;
        if (reader != null) {
            reader.close();
        }
    }
}
