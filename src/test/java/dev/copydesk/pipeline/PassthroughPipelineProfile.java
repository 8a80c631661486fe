package dev.copydesk.pipeline;

import dev.copydesk.testing.KafkaBrokerResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** The whole pipeline on a real broker with no LLM configured at all. */
public class PassthroughPipelineProfile implements QuarkusTestProfile {

    static final String PREFIX = "it-passthrough";

    @Override
    public Map<String, String> getConfigOverrides() {
        return PipelineTopics.config(PREFIX);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaBrokerResource.class));
    }
}
