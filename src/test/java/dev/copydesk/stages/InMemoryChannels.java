package dev.copydesk.stages;

import dev.copydesk.kafka.Channels;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import java.util.HashMap;
import java.util.Map;

/** Puts every channel on SmallRye's in-memory connector, for stage tests that need no broker. */
public class InMemoryChannels implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(Channels.RAW_ARTICLES,
                Channels.REWRITTEN_ARTICLES));
        config.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory(Channels.REWRITTEN_ARTICLES_OUT,
                Channels.PUBLISHED_ARTICLES, Channels.ARTICLE_METRICS, Channels.REVIEW_ARTICLES, Channels.DEAD_LETTERS));
        config.put("copydesk.llm.provider", "passthrough");
        config.put("copydesk.topics.auto-create", "false");
        return config;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }
}
