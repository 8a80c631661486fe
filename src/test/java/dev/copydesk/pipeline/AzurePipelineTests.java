package dev.copydesk.pipeline;

import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.support.Samples;
import dev.copydesk.testing.InjectOpenAiStub;
import dev.copydesk.testing.OpenAiStub;
import dev.copydesk.testing.OpenAiStubResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Azure OpenAI is chosen by configuration alone, and speaks Azure's URLs and key header. */
@QuarkusTest
@TestProfile(AzurePipelineProfile.class)
class AzurePipelineTests {

    @InjectOpenAiStub
    OpenAiStub llm;

    @Test
    void theSeedSampleIsRewrittenThroughAnAzureDeployment() {
        try (PipelineTopics topics = new PipelineTopics(AzurePipelineProfile.PREFIX)) {
            topics.produce("azure-1", Samples.seedAs("azure-1"));

            PublishedArticle article = Json.read(topics.await(topics.published,
                    PipelineTopics.keyed("azure-1:fr-FR"), 1, Duration.ofSeconds(60)).get(0).value(),
                    PublishedArticle.class);
            assertEquals("azure-openai", article.provenance().rewrite().provider());
            assertTrue(article.h2Count() >= 3);
            assertEquals(OpenAiStubResource.API_KEY, llm.lastApiKeyHeader(), "Azure's api-key header carries the key");
        }
    }
}
