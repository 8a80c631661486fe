package dev.copydesk.stages;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/** Stage tests: the real stage beans, channels in memory, the passthrough engine. */
public class InMemoryStagesProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(InMemoryChannels.class));
    }
}
