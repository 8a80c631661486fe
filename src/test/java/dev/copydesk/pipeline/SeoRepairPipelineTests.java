package dev.copydesk.pipeline;

import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Assessment;
import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.model.RewriteProvenance;
import dev.copydesk.seo.YoastCompareExport;
import dev.copydesk.support.Samples;
import dev.copydesk.support.SeoDrafts;
import dev.copydesk.testing.InjectOpenAiStub;
import dev.copydesk.testing.OpenAiStub;
import dev.copydesk.testing.SeoInstructionFollower;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SEO repair round end to end on a real broker, with a stub model that does what the repair request says
 * ({@link SeoInstructionFollower}): what the request carries is all it has to go on.
 */
@QuarkusTest
@TestProfile(SeoRepairPipelineTests.Profile.class)
class SeoRepairPipelineTests {

    static final String PREFIX = "it-seo-repair";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @InjectOpenAiStub
    OpenAiStub llm;

    @Inject
    MeterRegistry registry;

    PipelineTopics topics;

    @BeforeEach
    void connect() {
        llm.reset();
        topics = new PipelineTopics(PREFIX);
    }

    @AfterEach
    void disconnect() {
        llm.reset();
        topics.close();
    }

    private PublishedArticle publish(String id, String draft, UnaryOperator<String> afterRepair) {
        llm.answerFollowingSeoInstructions(draft, afterRepair);
        topics.produce(id, Samples.seedAs(id));
        return Json.read(topics.await(topics.published, PipelineTopics.keyed(id + ":fr-FR"), 1, TIMEOUT).get(0)
                .value(), PublishedArticle.class);
    }

    private static Assessment assessment(PublishedArticle article, String id) {
        return article.assessments().stream().filter(assessment -> assessment.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + article.assessments()));
    }

    private double seoRepairs(String outcome) {
        return registry.counter("copydesk.rewrite.seo.repairs", "outcome", outcome).count();
    }

    @Test
    void theSeedSampleMissingTheTargetsIsRepairedAndPublishedWithSeoAndReadabilityGreen() throws IOException {
        double keptBefore = seoRepairs(RewriteProvenance.SEO_REPAIR_KEPT);
        PublishedArticle article = publish("seo-green-1", SeoDrafts.missingTargets(llm.defaultContent()),
                UnaryOperator.identity());

        assertEquals(ArticleStatus.PUBLISHED, article.status(), "reasons: " + article.reviewReasons());
        assertEquals("good", assessment(article, "seo-score").rating(), article.assessments().toString());
        assertEquals("good", assessment(article, "readability-score").rating(), article.assessments().toString());
        for (String fixed : List.of("keyphrase-in-introduction", "keyphrase-in-subheadings", "keyphrase-density",
                "sentence-length", "paragraph-length")) {
            assertEquals("good", assessment(article, fixed).rating(), assessment(article, fixed).message());
        }
        RewriteProvenance provenance = article.provenance().rewrite();
        assertEquals(1, provenance.seoRepairs());
        assertEquals(RewriteProvenance.SEO_REPAIR_KEPT, provenance.seoRepairOutcome());
        assertEquals(2, llm.requestCount(), "the draft and one SEO repair");
        assertTrue(OpenAiStub.userMessage(llm.lastRequestBody()).contains("[sentence-length]"));
        assertEquals(keptBefore + 1, seoRepairs(RewriteProvenance.SEO_REPAIR_KEPT));
        writeForYoast(article);
    }

    @Test
    void aRepairThatAltersAQuotationIsDiscardedAndTheEarlierDraftPublished() {
        double discardedBefore = seoRepairs(RewriteProvenance.SEO_REPAIR_DISCARDED);
        // A draft that passes every gate but misses SEO targets: publishable as it is, and the round is asked for.
        PublishedArticle article = publish("seo-discard-1", SeoDrafts.missingTargets(llm.defaultContent()),
                repaired -> repaired.replace("grand partenariat eurasien", "vaste alliance eurasienne"));

        assertEquals(ArticleStatus.PUBLISHED, article.status(), "reasons: " + article.reviewReasons());
        assertEquals(RewriteProvenance.SEO_REPAIR_DISCARDED, article.provenance().rewrite().seoRepairOutcome());
        assertEquals(1, article.provenance().rewrite().seoRepairs());
        assertEquals(2, llm.requestCount(), "the discarded draft gets no repair of its own");
        assertTrue(article.markdown().contains("grand partenariat eurasien"), "the quotation as the source has it");
        assertFalse(article.markdown().contains("vaste alliance"));
        assertEquals(discardedBefore + 1, seoRepairs(RewriteProvenance.SEO_REPAIR_DISCARDED));
    }

    /** The page as published, for {@code yoastseo} to give its verdict on (deploy/bench/yoast-compare.sh). */
    private static void writeForYoast(PublishedArticle article) throws IOException {
        Path file = YoastCompareExport.REPAIRED_SEED;
        Files.createDirectories(file.getParent());
        Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                YoastCompareExport.entry("seed after the SEO repair round (SeoRepairPipelineTests)", article)));
    }

    public static class Profile extends StubbedPipelineProfile {
        public Profile() {
            super(PREFIX, Map.of("copydesk.rewrite.seo-repair", "true"));
        }
    }
}
