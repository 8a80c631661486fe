package dev.copydesk.ops;

import dev.copydesk.testing.KafkaBrokerResource;
import dev.copydesk.testing.OpenAiStubResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The worker of the replay scenario, rewriting through the OpenAI-compatible stub on the real broker. Its topics
 * and groups are shared with {@link ReplaySecondLifeProfile}, the same worker restarted. Quarkus runs the classes of
 * one profile together and orders the profiles by their first class name: {@code ReplayAndRedriveTests} (this life)
 * before {@code ReplayOfRestartedWorkerTests} (the next).
 */
public class ReplayFirstLifeProfile implements QuarkusTestProfile {

    static final String PREFIX = "it-replay";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        for (String topic : List.of("raw", "rewritten", "published", "metrics", "dlq", "review", "llm-cache")) {
            config.put("copydesk.topics." + topic, PREFIX + "." + topic);
        }
        config.put("copydesk.topics.rewrite-group", PREFIX + "-rewrite");
        config.put("copydesk.topics.seo-group", PREFIX + "-seo");
        config.put("copydesk.cache.shared", "true");
        config.put("copydesk.rewrite.initial-backoff", "100ms");
        config.put("copydesk.rewrite.max-backoff", "1s");
        config.put("copydesk.llm.timeout", "5s");
        // Two trips back from the dead-letter topic, so the cap is reached within a test.
        config.put("copydesk.redrive.max-count", "2");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaBrokerResource.class),
                new TestResourceEntry(OpenAiStubResource.class));
    }
}
