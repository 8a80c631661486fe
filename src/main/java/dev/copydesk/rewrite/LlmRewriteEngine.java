package dev.copydesk.rewrite;

import dev.copydesk.ingest.RejectedInputException;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.llm.LlmClient;
import dev.copydesk.llm.LlmReply;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.RewriteProvenance;
import dev.copydesk.model.RewrittenArticle;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Rewrites through a language model. A model that is down, slow or failing is waited for, with backoff, for as
 * long as it takes: the record stays uncommitted and nothing is dead-lettered because of an outage. Only an answer
 * that repeatedly breaks the Markdown contract is given up on.
 */
public final class LlmRewriteEngine implements RewriteEngine {

    private static final Logger LOG = Logger.getLogger(LlmRewriteEngine.class);

    /** How the engine waits between retries; a seam for tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final LlmClient client;
    private final PromptTemplates templates;
    private final RewriteGates gates;
    private final Backoff backoff;
    private final int maxUnparseableAnswers;
    private final Sleeper sleeper;
    private final MarkdownArticleParser parser = new MarkdownArticleParser();

    public LlmRewriteEngine(LlmClient client, PromptTemplates templates, RewriteGates gates, Backoff backoff,
                            int maxUnparseableAnswers, Sleeper sleeper) {
        this.client = client;
        this.templates = templates;
        this.gates = gates;
        this.backoff = backoff;
        this.maxUnparseableAnswers = maxUnparseableAnswers;
        this.sleeper = sleeper;
    }

    @Override
    public RewrittenArticle rewrite(WorkItem item) {
        long started = System.nanoTime();
        RewritePrompt prompt = templates.render(item, client.model());
        int attempts = 0;
        int failures = 0;
        int unparseable = 0;
        long tokensIn = 0;
        long tokensOut = 0;
        while (true) {
            attempts++;
            LlmReply reply;
            try {
                reply = client.chat(prompt.system(), prompt.user());
            } catch (RuntimeException e) {
                failures++;
                Duration wait = backoff.delay(failures, ThreadLocalRandom.current().nextDouble());
                LOG.warnf("LLM call for %s failed (attempt %d): %s; retrying in %d ms", item.key(), attempts,
                        describe(e), wait.toMillis());
                pause(wait);
                continue;
            }
            failures = 0;
            tokensIn += reply.tokensIn();
            tokensOut += reply.tokensOut();
            ParsedArticle parsed;
            try {
                parsed = parser.parse(reply.text());
            } catch (UnparseableOutputException e) {
                unparseable++;
                LOG.warnf("LLM answer for %s breaks the Markdown contract (%d/%d): %s", item.key(), unparseable,
                        maxUnparseableAnswers, e.getMessage());
                if (unparseable >= maxUnparseableAnswers) {
                    throw new RejectedInputException("llm-unparseable-output", "after " + unparseable
                            + " answers the model still breaks the Markdown contract: " + e.getMessage());
                }
                continue;
            }
            List<GateResult> results = gates.check(item, parsed.standfirst(), parsed.sections());
            boolean passed = results.stream().allMatch(GateResult::passed);
            long latencyMs = (System.nanoTime() - started) / 1_000_000;
            RewriteProvenance provenance = new RewriteProvenance("llm", client.provider(), client.model(),
                    prompt.version(), prompt.inputHash(), attempts, tokensIn, tokensOut, latencyMs);
            return new RewrittenArticle(item.article().id(), item.locale(), item.article().sourceLanguage(),
                    parsed.title(), parsed.standfirst(), parsed.sections(), ArticleImages.of(item.article()),
                    passed ? ArticleStatus.REWRITTEN : ArticleStatus.NEEDS_REVIEW, results, parsed.hints(),
                    item.article().raw().source(), item.article().brief(), provenance);
        }
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the LLM; the record stays uncommitted", e);
        }
    }

    /** The exception chain's types and first message line: enough to diagnose, never a request or a header. */
    private static String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        for (Throwable cause = error; cause != null && out.length() < 300; cause = cause.getCause()) {
            if (!out.isEmpty()) {
                out.append(" <- ");
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
            out.append(cause.getClass().getSimpleName()).append(message.isEmpty() ? "" : ": " + message);
        }
        return out.toString();
    }
}
