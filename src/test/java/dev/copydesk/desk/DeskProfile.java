package dev.copydesk.desk;

import dev.copydesk.testing.KafkaBrokerResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A worker running the desk role alone on the real broker, on topics of its own: review records the tests write
 * stay on the desk (no stage runs). Every desk test class uses this one profile, so Quarkus starts one application
 * for all of them.
 */
public class DeskProfile implements QuarkusTestProfile {

    static final String PREFIX = "it-desk";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(topics(PREFIX));
        config.put("copydesk.stages", "desk");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaBrokerResource.class));
    }

    /** Every topic and group under {@code prefix}, so that test classes sharing the broker stay apart. */
    static Map<String, String> topics(String prefix) {
        Map<String, String> config = new HashMap<>();
        for (String topic : List.of("raw", "rewritten", "published", "metrics", "dlq", "review", "review-decisions",
                "llm-cache")) {
            config.put("copydesk.topics." + topic, prefix + "." + topic);
        }
        config.put("copydesk.topics.rewrite-group", prefix + "-rewrite");
        config.put("copydesk.topics.seo-group", prefix + "-seo");
        return config;
    }
}
