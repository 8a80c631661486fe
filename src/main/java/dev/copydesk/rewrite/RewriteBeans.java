package dev.copydesk.rewrite;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.ingest.LanguageDetector;
import dev.copydesk.llm.Backoff;
import dev.copydesk.llm.CircuitBreaker;
import dev.copydesk.llm.LlmClient;
import dev.copydesk.llm.LlmClients;
import dev.copydesk.llm.LlmMeters;
import dev.copydesk.llm.ProviderCooldown;
import dev.copydesk.llm.ResilientLlm;
import dev.copydesk.llm.RetryPolicy;
import dev.copydesk.llm.TokenBudget;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import org.jboss.logging.Logger;

/** Chooses the rewrite engine once, at startup, and says which one in the log. */
public class RewriteBeans {

    private static final Logger LOG = Logger.getLogger(RewriteBeans.class);

    /** The model's finished rewrites, local to the worker; {@link SharedRewriteCache} shares them when on. */
    @Produces
    @Singleton
    RewriteCache rewriteCache(CopydeskConfig config) {
        return new RewriteCache(config.rewrite().cacheMaxBytes());
    }

    @Produces
    @Singleton
    @Startup
    RewriteEngine rewriteEngine(CopydeskConfig config, LlmClients llms, LanguageDetector languageDetector,
                                ProviderCooldown cooldown, LlmMeters meters, RewriteCache cache) {
        RewriteGates gates = new RewriteGates(languageDetector);
        return llms.configured().<RewriteEngine>map(client -> {
            LOG.infof("rewrite engine: llm (provider %s, model %s)", client.provider(), client.model());
            CopydeskConfig.Rewrite rewrite = config.rewrite();
            LlmRewriteSettings settings = new LlmRewriteSettings(rewrite.maxUnparseableAttempts(),
                    config.llm().maxOutputTokens(), rewrite.maxRepairs(), config.llm().pricePer1kInput(),
                    config.llm().pricePer1kOutput(), rewrite.seoRepair());
            return new LlmRewriteEngine(resilient(client, rewrite, cooldown, meters), PromptTemplates.bundled(),
                    gates, settings, cache);
        }).orElseGet(() -> {
            LOG.info("rewrite engine: passthrough (no LLM configured: set COPYDESK_LLM_BASE_URL or "
                    + "copydesk.llm.provider); articles keep their wording and briefs they cannot meet go to review");
            return new PassthroughEngine(gates);
        });
    }

    private static ResilientLlm resilient(LlmClient client, CopydeskConfig.Rewrite rewrite, ProviderCooldown cooldown,
                                          LlmMeters meters) {
        CircuitBreaker.Sleeper sleeper = duration -> Thread.sleep(Math.max(1, duration.toMillis()));
        CopydeskConfig.Rewrite.Circuit circuit = rewrite.circuit();
        RetryPolicy policy = new RetryPolicy(new Backoff(rewrite.initialBackoff(), rewrite.maxBackoff()),
                rewrite.maxRejectedAttempts(), rewrite.articleFailure().maxAttempts(),
                rewrite.articleFailure().maxDuration());
        ResilientLlm llm = new ResilientLlm(client,
                new CircuitBreaker(circuit.failureThreshold(), circuit.openFor(), circuit.maxOpenFor(),
                        Clock.systemUTC(), sleeper),
                new TokenBudget(rewrite.tokensPerMinute(), rewrite.requestsPerMinute(), Clock.systemUTC(), sleeper),
                cooldown, policy, Clock.systemUTC(), sleeper);
        meters.watch(llm);
        return llm;
    }
}
