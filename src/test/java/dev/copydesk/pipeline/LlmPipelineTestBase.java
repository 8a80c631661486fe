package dev.copydesk.pipeline;

import dev.copydesk.testing.InjectOpenAiStub;
import dev.copydesk.testing.OpenAiStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every test of the LLM pipeline on a real broker shares: the stub model, reset around each test so no test
 * inherits another's faults, and the topics of {@link LlmPipelineProfile}.
 */
abstract class LlmPipelineTestBase {

    @InjectOpenAiStub
    OpenAiStub llm;

    PipelineTopics topics;

    @BeforeEach
    void connect() {
        llm.reset();
        topics = new PipelineTopics(LlmPipelineProfile.PREFIX);
    }

    @AfterEach
    void disconnect() {
        llm.reset();
        topics.close();
    }
}
