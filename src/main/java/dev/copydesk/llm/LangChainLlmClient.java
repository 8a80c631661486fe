package dev.copydesk.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

/** An {@link LlmClient} over a LangChain4j chat model built by quarkus-langchain4j from configuration. */
final class LangChainLlmClient implements LlmClient {

    private final ChatModel model;
    private final String provider;
    private final String modelName;

    LangChainLlmClient(ChatModel model, String provider, String modelName) {
        // Touching the bean creates it now: a broken provider configuration fails the start, loudly, instead of
        // failing (and being retried forever) on the first article.
        model.provider();
        this.model = model;
        this.provider = provider;
        this.modelName = modelName;
    }

    @Override
    public LlmReply chat(String systemPrompt, String userPrompt) {
        ChatResponse response = model.chat(ChatRequest.builder()
                .messages(SystemMessage.from(systemPrompt), UserMessage.from(userPrompt))
                .build());
        // An empty answer (content filter, a reasoning model out of tokens) is returned as such: ResilientLlm treats
        // it as a provider fault, whatever the client.
        String text = response.aiMessage() == null || response.aiMessage().text() == null
                ? "" : response.aiMessage().text();
        TokenUsage usage = response.tokenUsage();
        return new LlmReply(text, count(usage == null ? null : usage.inputTokenCount()),
                count(usage == null ? null : usage.outputTokenCount()));
    }

    private static long count(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public String model() {
        return modelName;
    }
}
