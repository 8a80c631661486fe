package dev.copydesk.rewrite;

import dev.copydesk.kafka.DeadLetterException;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.llm.LlmReply;
import dev.copydesk.llm.LlmCallException;
import dev.copydesk.llm.LlmFailedForArticleException;
import dev.copydesk.llm.ResilientLlm;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.RewriteProvenance;
import dev.copydesk.model.RewrittenArticle;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rewrites through a language model, behind {@link ResilientLlm}: a model that is down, slow or throttled is waited
 * for as long as it takes, the record uncommitted, and nothing is dead-lettered because of an outage. Every answer
 * goes through the gates; failed ones are sent back to the model with the specific problem, up to
 * {@code maxRepairs} times. What still fails afterwards goes to review, except a hard failure (wrong language),
 * which is dead-lettered, as are answers that repeatedly break the Markdown contract, requests the provider
 * refuses as such, and articles the provider keeps failing while it answers other calls.
 */
public final class LlmRewriteEngine implements RewriteEngine {

    /** The model's answers repeatedly break the Markdown contract. */
    public static final String LLM_UNPARSEABLE_OUTPUT = "llm-unparseable-output";
    /** The provider refused the request as such (400, 413, 422), repeatedly. */
    public static final String LLM_REJECTED_REQUEST = "llm-rejected-request";
    /** The provider kept failing this article (5xx, timeout, empty answer) while it answered other calls. */
    public static final String LLM_FAILED_FOR_ARTICLE = "llm-failed-for-article";

    private static final Logger LOG = Logger.getLogger(LlmRewriteEngine.class);
    /** Tokens a model spends per word of French or English output, roughly: sizes the budget reservation. */
    private static final double TOKENS_PER_WORD = 1.6;

    private final ResilientLlm llm;
    private final PromptTemplates templates;
    private final RewriteGates gates;
    private final LlmRewriteSettings settings;
    private final RewriteCache cache;
    private final MarkdownArticleParser parser = new MarkdownArticleParser();

    public LlmRewriteEngine(ResilientLlm llm, PromptTemplates templates, RewriteGates gates,
                            LlmRewriteSettings settings, RewriteCache cache) {
        this.llm = llm;
        this.templates = templates;
        this.gates = gates;
        this.settings = settings;
        this.cache = cache;
    }

    @Override
    public RewrittenArticle rewrite(WorkItem item) {
        long started = System.nanoTime();
        RewritePrompt prompt = templates.render(item, llm.model());
        // Waits (bounded) for the shared cache to be loaded at startup, else a restarted worker replaying would pay
        // the model for answers the cache topic holds.
        Optional<RewriteCache.Entry> hit = cache.get(prompt.inputHash());
        if (hit.isPresent()) {
            RewriteCache.Entry entry = hit.get();
            return article(item, entry.parsed(), entry.gates(), entry.status(),
                    entry.provenance().servedFromCache(millisSince(started)));
        }
        long expectedOutput = Math.min(settings.maxOutputTokens(),
                Math.round(item.article().brief().minWords() * 1.3 * TOKENS_PER_WORD) + 200);
        String request = prompt.user();
        int attempts = 0;
        int unparseable = 0;
        int repairs = 0;
        long tokensIn = 0;
        long tokensOut = 0;
        while (true) {
            LlmReply answer;
            try {
                answer = llm.call(prompt.system(), request, expectedOutput, item.key());
            } catch (LlmFailedForArticleException e) {
                throw new DeadLetterException(LLM_FAILED_FOR_ARTICLE, e.getMessage(), e.history().headers());
            } catch (LlmCallException e) {
                throw new DeadLetterException(LLM_REJECTED_REQUEST, e.getMessage(), e.history().headers());
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
                        settings.maxUnparseableAnswers(), e.getMessage());
                if (unparseable >= settings.maxUnparseableAnswers()) {
                    throw new DeadLetterException(LLM_UNPARSEABLE_OUTPUT, "after " + unparseable
                            + " answers the model still breaks the Markdown contract: " + e.getMessage());
                }
                continue;
            }
            List<GateResult> results = gates.checkRewrite(item, parsed.title(), parsed.standfirst(), parsed.sections());
            List<GateResult> repairable = GatePolicy.repairable(results);
            if (!repairable.isEmpty() && repairs < settings.maxRepairs()) {
                repairs++;
                LOG.infof("asking the model to repair %s (round %d/%d): %s", item.key(), repairs,
                        settings.maxRepairs(), codes(repairable));
                request = templates.repair(prompt, answer.text(), GatePolicy.problems(repairable));
                continue;
            }
            List<GateResult> hard = GatePolicy.hardFailures(results);
            if (!hard.isEmpty()) {
                throw new DeadLetterException("gate-failed:" + codes(hard), "after " + repairs + " repairs: "
                        + results.stream().filter(result -> !result.passed())
                        .map(result -> result.code() + ": " + result.message()).collect(Collectors.joining("; ")));
            }
            ArticleStatus status = results.stream().allMatch(GateResult::passed)
                    ? ArticleStatus.REWRITTEN : ArticleStatus.NEEDS_REVIEW;
            RewriteProvenance provenance = new RewriteProvenance("llm", llm.provider(), llm.model(),
                    prompt.version(), prompt.inputHash(), attempts, tokensIn, tokensOut, millisSince(started),
                    repairs, settings.cost(tokensIn, tokensOut), false);
            // Only here, with an answer of this call: an entry served from the cache is never written again.
            cache.put(prompt.inputHash(), new RewriteCache.Entry(parsed, results, status, provenance));
            return article(item, parsed, results, status, provenance);
        }
    }

    private static RewrittenArticle article(WorkItem item, ParsedArticle parsed, List<GateResult> results,
                                            ArticleStatus status, RewriteProvenance provenance) {
        return new RewrittenArticle(item.article().id(), item.locale(), item.article().sourceLanguage(),
                parsed.title(), parsed.standfirst(), parsed.sections(), ArticleImages.of(item.article()), status,
                results, parsed.hints(), item.article().raw().source(), item.article().brief(), provenance);
    }

    private static String codes(List<GateResult> results) {
        return results.stream().map(GateResult::code).collect(Collectors.joining(","));
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
