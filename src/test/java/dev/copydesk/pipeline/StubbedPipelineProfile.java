package dev.copydesk.pipeline;

import dev.copydesk.testing.KafkaBrokerResource;
import dev.copydesk.testing.OpenAiStubResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pipeline on the real broker with the model stub, on topics and groups of its own ({@link PipelineTopics}), and a
 * model timeout long enough for calls the test stalls on purpose. Quarkus starts one application per profile class:
 * each test class that needs its own application subclasses this with its prefix.
 */
abstract class StubbedPipelineProfile implements QuarkusTestProfile {

    private final String prefix;
    private final Map<String, String> extra;

    StubbedPipelineProfile(String prefix, Map<String, String> extra) {
        this.prefix = prefix;
        this.extra = extra;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(PipelineTopics.config(prefix));
        config.put("copydesk.llm.timeout", "60s");
        // These tests time and count the calls of one rewrite; the SEO repair round has its own tests.
        config.put("copydesk.rewrite.seo-repair", "false");
        config.putAll(extra);
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaBrokerResource.class),
                new TestResourceEntry(OpenAiStubResource.class));
    }
}
