package dev.copydesk.pipeline;

import dev.copydesk.model.Json;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.seo.SampleArticles;
import dev.copydesk.support.Samples;
import dev.copydesk.testing.KafkaBrokerResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A worker run as the SEO role alone ({@code copydesk.stages=seo}) publishes rewritten articles and never joins the
 * rewrite stage's group: raw articles wait for a rewrite worker.
 */
@QuarkusTest
@TestProfile(StageRoleTests.Profile.class)
class StageRoleTests {

    static final String PREFIX = "it-role-seo";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void theSeoRolePublishesRewrittenArticlesAndLeavesRawOnesToTheRewriteRole() throws Exception {
        try (PipelineTopics topics = new PipelineTopics(PREFIX)) {
            topics.produce("role-raw-1", Samples.seedAs("role-raw-1"));
            RewrittenArticle rewritten = SampleArticles.french();
            topics.produce(topics.rewritten, 0, rewritten.key(), Json.write(rewritten).getBytes(StandardCharsets.UTF_8));

            topics.await(topics.published, PipelineTopics.keyed(rewritten.key()), 1, TIMEOUT);
            assertTrue(topics.readFor(topics.rewritten, PipelineTopics.keyed("role-raw-1:fr-FR"),
                    Duration.ofSeconds(3)).isEmpty(), "a raw article is not rewritten by the SEO role");
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", PipelineTopics.bootstrapServers()))) {
                assertEquals(0, members(admin, PREFIX + "-rewrite"), "no member in the rewrite group");
                assertEquals(1, members(admin, PREFIX + "-seo"), "one member in the SEO group");
            }
        }
    }

    /** Members of {@code group}; a group no member ever joined does not exist (0). */
    private static int members(Admin admin, String group) throws Exception {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                    .get(30, TimeUnit.SECONDS).get(group);
            return description.members().size();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return 0;
            }
            throw e;
        }
    }


    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(PipelineTopics.config(PREFIX));
            config.put("copydesk.stages", "seo");
            return config;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaBrokerResource.class));
        }
    }
}
