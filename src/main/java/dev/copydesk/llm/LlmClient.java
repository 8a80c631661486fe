package dev.copydesk.llm;

/**
 * The one call the rewrite stage makes to a language model. Implementations throw on any failure; the caller
 * decides whether to retry, so there is exactly one retry layer.
 */
public interface LlmClient {

    LlmReply chat(String systemPrompt, String userPrompt);

    /** Provider name for provenance, e.g. {@code openai} or {@code ollama}. */
    String provider();

    /** Model name for provenance. */
    String model();
}
