package dev.copydesk.rewrite;

import dev.copydesk.ingest.RejectedInputException;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.llm.LlmAnswer;
import dev.copydesk.llm.LlmCallException;
import dev.copydesk.llm.ResilientLlm;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.RewriteProvenance;
import dev.copydesk.model.RewrittenArticle;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Rewrites through a language model, behind {@link ResilientLlm}: a model that is down, slow or throttled is waited
 * for as long as it takes, the record uncommitted, and nothing is dead-lettered because of an outage. Only an answer
 * that repeatedly breaks the Markdown contract, or a request the provider refuses as such, is given up on.
 */
public final class LlmRewriteEngine implements RewriteEngine {

    private static final Logger LOG = Logger.getLogger(LlmRewriteEngine.class);
    /** Tokens a model spends per word of French or English output, roughly: sizes the budget reservation. */
    private static final double TOKENS_PER_WORD = 1.6;

    private final ResilientLlm llm;
    private final PromptTemplates templates;
    private final RewriteGates gates;
    private final int maxUnparseableAnswers;
    private final long maxOutputTokens;
    private final MarkdownArticleParser parser = new MarkdownArticleParser();

    public LlmRewriteEngine(ResilientLlm llm, PromptTemplates templates, RewriteGates gates, int maxUnparseableAnswers,
                            long maxOutputTokens) {
        this.llm = llm;
        this.templates = templates;
        this.gates = gates;
        this.maxUnparseableAnswers = maxUnparseableAnswers;
        this.maxOutputTokens = maxOutputTokens;
    }

    @Override
    public RewrittenArticle rewrite(WorkItem item) {
        long started = System.nanoTime();
        RewritePrompt prompt = templates.render(item, llm.model());
        long expectedOutput = Math.min(maxOutputTokens,
                Math.round(item.article().brief().minWords() * 1.3 * TOKENS_PER_WORD) + 200);
        int attempts = 0;
        int unparseable = 0;
        long tokensIn = 0;
        long tokensOut = 0;
        while (true) {
            LlmAnswer answer;
            try {
                answer = llm.call(prompt.system(), prompt.user(), expectedOutput, item.key());
            } catch (LlmCallException e) {
                throw new RejectedInputException("llm-rejected-request", e.getMessage());
            }
            attempts += answer.attempts();
            tokensIn += answer.tokensIn();
            tokensOut += answer.tokensOut();
            ParsedArticle parsed;
            try {
                parsed = parser.parse(answer.text());
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
            RewriteProvenance provenance = new RewriteProvenance("llm", llm.provider(), llm.model(),
                    prompt.version(), prompt.inputHash(), attempts, tokensIn, tokensOut, latencyMs);
            return new RewrittenArticle(item.article().id(), item.locale(), item.article().sourceLanguage(),
                    parsed.title(), parsed.standfirst(), parsed.sections(), ArticleImages.of(item.article()),
                    passed ? ArticleStatus.REWRITTEN : ArticleStatus.NEEDS_REVIEW, results, parsed.hints(),
                    item.article().raw().source(), item.article().brief(), provenance);
        }
    }
}
