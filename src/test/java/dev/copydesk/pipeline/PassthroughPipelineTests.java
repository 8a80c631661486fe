package dev.copydesk.pipeline;

import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.support.Samples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With no LLM configured, the seed sample is published by the passthrough engine, honestly marked for review. */
@QuarkusTest
@TestProfile(PassthroughPipelineProfile.class)
class PassthroughPipelineTests {

    @Test
    void seedSampleIsPublishedByThePassthroughEngineForReviewWithReasons() {
        try (PipelineTopics topics = new PipelineTopics(PassthroughPipelineProfile.PREFIX)) {
            topics.produce("seed-fr-0001", Samples.seedBytes());

            PublishedArticle article = Json.read(topics.await(topics.published,
                    PipelineTopics.keyed("seed-fr-0001:fr-FR"), 1, Duration.ofSeconds(60)).get(0).value(),
                    PublishedArticle.class);

            assertEquals("passthrough", article.provenance().rewrite().engine());
            assertEquals(ArticleStatus.NEEDS_REVIEW, article.status());
            Set<String> reasons = article.reviewReasons().stream().map(GateResult::code).collect(Collectors.toSet());
            assertTrue(reasons.contains("min-words"), "reasons: " + reasons);
            assertTrue(reasons.contains("custom-title"), "reasons: " + reasons);
            assertTrue(article.wordCount() < 700, "passthrough never expands: " + article.wordCount());
            assertTrue(article.h2Count() >= 2, "long text is structured: " + article.h2Count());
            assertTrue(article.html().contains("« grand partenariat eurasien »"), "quotes kept verbatim");
        }
    }
}
