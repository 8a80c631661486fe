package dev.copydesk.stages;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** Stage tests: the real stage beans, channels in memory, the passthrough engine. */
public class InMemoryStagesProfile implements QuarkusTestProfile {

    /** Every article short of a perfect SEO score is held back by the SEO check, so a test can make one that is. */
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("copydesk.seo.min-score", "100");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(InMemoryChannels.class));
    }
}
