package dev.copydesk.llm;

import dev.copydesk.config.CopydeskConfig;
import dev.langchain4j.model.chat.ChatModel;
import io.quarkiverse.langchain4j.ModelName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the language model from configuration, once, at startup: an unknown provider fails the start with a
 * clear message instead of failing every article later. Empty means "no LLM configured": the passthrough engine.
 */
@ApplicationScoped
public class LlmClients {

    /** Name of the quarkus-langchain4j model configuration that uses the native Ollama API. */
    public static final String OLLAMA_MODEL_CONFIG = "ollama-local";
    /** Name of the quarkus-langchain4j model configuration for Azure OpenAI. */
    public static final String AZURE_MODEL_CONFIG = "azure";

    private final Optional<LlmClient> configured;

    LlmClients(CopydeskConfig config, Instance<ChatModel> openAi,
               @ModelName(OLLAMA_MODEL_CONFIG) Instance<ChatModel> ollama,
               @ModelName(AZURE_MODEL_CONFIG) Instance<ChatModel> azure) {
        CopydeskConfig.Llm llm = config.llm();
        String provider = llm.provider().strip().toLowerCase(Locale.ROOT);
        this.configured = switch (provider) {
            case "auto" -> llm.baseUrl().filter(url -> !url.isBlank())
                    .map(url -> new LangChainLlmClient(openAi.get(), "openai", llm.model()));
            case "openai" -> Optional.of(new LangChainLlmClient(openAi.get(), "openai", llm.model()));
            case "ollama" -> Optional.of(new LangChainLlmClient(ollama.get(), "ollama", llm.model()));
            case "azure" -> Optional.of(new LangChainLlmClient(azure.get(), "azure-openai", llm.model()));
            case "passthrough" -> Optional.empty();
            default -> throw new IllegalArgumentException("copydesk.llm.provider must be auto, openai, ollama, azure"
                    + " or passthrough; got '" + llm.provider() + "'");
        };
    }

    /** The configured model, or empty when the rewrite stage must run the passthrough engine. */
    public Optional<LlmClient> configured() {
        return configured;
    }
}
