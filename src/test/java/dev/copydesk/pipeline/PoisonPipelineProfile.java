package dev.copydesk.pipeline;

import dev.copydesk.testing.KafkaBrokerResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole pipeline on a real broker, passthrough engine, with output limits small enough that an article of a
 * few dozen kilobytes is too large to publish and a raw record of over a hundred kilobytes too large to
 * dead-letter whole (the seed sample's outputs are a few kilobytes and pass).
 */
public class PoisonPipelineProfile implements QuarkusTestProfile {

    static final String PREFIX = "it-poison";
    /** Largest published article the producer accepts here (a 6 kB body makes a ~20 kB one). */
    static final int PUBLISHED_MAX_BYTES = 100_000;
    /** Largest rewritten article. */
    static final int REWRITTEN_MAX_BYTES = 150_000;
    /** Largest dead letter, so that a raw record of 128 kB falls back. */
    static final int DEAD_LETTER_MAX_BYTES = 120_000;
    static final int FALLBACK_PAYLOAD_BYTES = 4096;
    static final int MAX_TARGET_LOCALES = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(PipelineTopics.config(PREFIX));
        config.put("copydesk.llm.provider", "passthrough");
        config.put("copydesk.ingest.max-target-locales", String.valueOf(MAX_TARGET_LOCALES));
        config.put("copydesk.dead-letters.fallback-payload-bytes", String.valueOf(FALLBACK_PAYLOAD_BYTES));
        config.put("mp.messaging.outgoing.published-articles.max.request.size", String.valueOf(PUBLISHED_MAX_BYTES));
        config.put("mp.messaging.outgoing.rewritten-articles-out.max.request.size",
                String.valueOf(REWRITTEN_MAX_BYTES));
        config.put("mp.messaging.outgoing.dead-letters.max.request.size", String.valueOf(DEAD_LETTER_MAX_BYTES));
        return config;
    }

    /** The passthrough engine, except that it throws a StackOverflowError for some ids. */
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ErrorThrowingEngine.class);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaBrokerResource.class));
    }
}
