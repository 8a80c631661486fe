package dev.copydesk.rewrite;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.ingest.LanguageDetector;
import dev.copydesk.llm.LlmClients;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Chooses the rewrite engine once, at startup, and says which one in the log. */
public class RewriteBeans {

    private static final Logger LOG = Logger.getLogger(RewriteBeans.class);

    @Produces
    @Singleton
    RewriteEngine rewriteEngine(CopydeskConfig config, LlmClients llms, LanguageDetector languageDetector) {
        RewriteGates gates = new RewriteGates(languageDetector);
        return llms.configured().<RewriteEngine>map(client -> {
            LOG.infof("rewrite engine: llm (provider %s, model %s)", client.provider(), client.model());
            CopydeskConfig.Rewrite rewrite = config.rewrite();
            return new LlmRewriteEngine(client, PromptTemplates.bundled(), gates,
                    new Backoff(rewrite.initialBackoff(), rewrite.maxBackoff()), rewrite.maxUnparseableAttempts(),
                    duration -> Thread.sleep(duration.toMillis()));
        }).orElseGet(() -> {
            LOG.info("rewrite engine: passthrough (no LLM configured: set COPYDESK_LLM_BASE_URL or "
                    + "copydesk.llm.provider); articles keep their wording and briefs they cannot meet go to review");
            return new PassthroughEngine(gates);
        });
    }
}
