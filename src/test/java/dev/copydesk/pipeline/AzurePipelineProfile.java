package dev.copydesk.pipeline;

import dev.copydesk.testing.KafkaBrokerResource;
import dev.copydesk.testing.OpenAiStubResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The pipeline with provider = azure, the stub answering on Azure OpenAI's deployment URLs. */
public class AzurePipelineProfile implements QuarkusTestProfile {

    static final String PREFIX = "it-azure";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(PipelineTopics.config(PREFIX));
        config.put("copydesk.llm.provider", "azure");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaBrokerResource.class),
                new TestResourceEntry(OpenAiStubResource.class));
    }
}
