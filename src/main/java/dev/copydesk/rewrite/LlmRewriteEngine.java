package dev.copydesk.rewrite;

import dev.copydesk.kafka.DeadLetterException;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.llm.LlmReply;
import dev.copydesk.llm.LlmCallException;
import dev.copydesk.llm.LlmFailedForArticleException;
import dev.copydesk.llm.ResilientLlm;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Assessment;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.RewriteProvenance;
import dev.copydesk.model.RewrittenArticle;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.copydesk.model.RewriteProvenance.SEO_REPAIR_DISCARDED;
import static dev.copydesk.model.RewriteProvenance.SEO_REPAIR_KEPT;

/**
 * Rewrites through a language model, behind {@link ResilientLlm}: a model that is down, slow or throttled is waited
 * for as long as it takes, the record uncommitted, and nothing is dead-lettered because of an outage. Every answer
 * goes through the gates; failed ones are sent back to the model with the specific problem, up to
 * {@code maxRepairs} times. What still fails afterwards goes to review, except a hard failure (wrong language),
 * which is dead-lettered, as are answers that repeatedly break the Markdown contract, requests the provider
 * refuses as such, and articles the provider keeps failing while it answers other calls.
 * <p>
 * A draft that passes every gate is then assessed for search and readability ({@link SeoRepair}); if it misses a
 * target it is sent back once more with what to change ({@code copydesk.rewrite.seo-repair}). That round never
 * costs the article: its draft is kept only if it passes every gate again and misses no more targets, else the
 * earlier draft goes on, and provenance says which.
 */
public final class LlmRewriteEngine implements RewriteEngine {

    /** The model's answers repeatedly break the Markdown contract. */
    public static final String LLM_UNPARSEABLE_OUTPUT = "llm-unparseable-output";
    /** The provider refused the request as such (400, 413, 422), repeatedly. */
    public static final String LLM_REJECTED_REQUEST = "llm-rejected-request";
    /** The provider kept failing this article (5xx, timeout, empty answer) while it answered other calls. */
    public static final String LLM_FAILED_FOR_ARTICLE = "llm-failed-for-article";

    private static final Logger LOG = Logger.getLogger(LlmRewriteEngine.class);
    /** Folded into the input hash when the SEO repair round is on: it changes what an input gives. */
    private static final String SEO_REPAIR_SETTING = "seo-repair";
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
        RewritePrompt rendered = templates.render(item, llm.model());
        RewritePrompt prompt = settings.seoRepair() ? rendered.shapedBy(SEO_REPAIR_SETTING) : rendered;
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
        // Set while the one SEO repair round is out: the draft that passed the gates, kept if the round fails.
        Draft beforeSeoRepair = null;
        while (true) {
            LlmReply answer;
            try {
                answer = llm.call(prompt.system(), request, expectedOutput, item.key());
            } catch (LlmCallException e) {
                if (beforeSeoRepair != null) {
                    LOG.warnf("SEO repair of %s failed (%s): the earlier draft is kept", item.key(), e.getMessage());
                    return finish(item, prompt, beforeSeoRepair, SEO_REPAIR_DISCARDED,
                            attempts + e.history().attempts(), tokensIn, tokensOut, repairs, started);
                }
                throw new DeadLetterException(e instanceof LlmFailedForArticleException ? LLM_FAILED_FOR_ARTICLE
                        : LLM_REJECTED_REQUEST, e.getMessage(), e.history().headers());
            }
            attempts += answer.attempts();
            tokensIn += answer.tokensIn();
            tokensOut += answer.tokensOut();
            ParsedArticle parsed;
            try {
                parsed = parser.parse(answer.text());
            } catch (UnparseableOutputException e) {
                if (beforeSeoRepair != null) {
                    LOG.warnf("SEO repair of %s breaks the Markdown contract: the earlier draft is kept: %s",
                            item.key(), e.getMessage());
                    return finish(item, prompt, beforeSeoRepair, SEO_REPAIR_DISCARDED, attempts, tokensIn,
                            tokensOut, repairs, started);
                }
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
            if (beforeSeoRepair != null) {
                // The repaired draft has no repair of its own: it passes every gate and misses no more targets than
                // the earlier one, or the earlier one goes on.
                Draft repaired = new Draft(parsed, results, SeoRepair.assess(article(item, parsed, results,
                        ArticleStatus.REWRITTEN, null)));
                boolean kept = results.stream().allMatch(GateResult::passed)
                        && repaired.findings().failed().size() <= beforeSeoRepair.findings().failed().size();
                LOG.infof("SEO repair of %s %s: failed gates [%s], targets missed %d -> %d", item.key(),
                        kept ? SEO_REPAIR_KEPT : SEO_REPAIR_DISCARDED, codes(results.stream().filter(result -> !result.passed()).toList()),
                        beforeSeoRepair.findings().failed().size(), repaired.findings().failed().size());
                return finish(item, prompt, kept ? repaired : beforeSeoRepair,
                        kept ? SEO_REPAIR_KEPT : SEO_REPAIR_DISCARDED, attempts, tokensIn, tokensOut, repairs,
                        started);
            }
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
            boolean passed = results.stream().allMatch(GateResult::passed);
            if (passed && settings.seoRepair()) {
                SeoRepair.Findings findings = SeoRepair.assess(article(item, parsed, results, ArticleStatus.REWRITTEN,
                        null));
                if (!findings.passes()) {
                    LOG.infof("asking the model to meet the search targets for %s: %s", item.key(),
                            findings.failed().stream().map(Assessment::id).collect(Collectors.joining(",")));
                    beforeSeoRepair = new Draft(parsed, results, findings);
                    request = templates.seoRepair(prompt, answer.text(), findings.problems());
                    continue;
                }
            }
            return finish(item, prompt, new Draft(parsed, results, null), null, attempts, tokensIn, tokensOut,
                    repairs, started);
        }
    }

    /** A parsed answer with its gate results and, when it was assessed, what it misses of the search targets. */
    private record Draft(ParsedArticle parsed, List<GateResult> results, SeoRepair.Findings findings) {
    }

    /** The article of {@code draft}, with its provenance, put in the cache for a replay. */
    private RewrittenArticle finish(WorkItem item, RewritePrompt prompt, Draft draft, String seoRepairOutcome,
                                    int attempts, long tokensIn, long tokensOut, int repairs, long started) {
        ArticleStatus status = draft.results().stream().allMatch(GateResult::passed)
                ? ArticleStatus.REWRITTEN : ArticleStatus.NEEDS_REVIEW;
        RewriteProvenance provenance = new RewriteProvenance("llm", llm.provider(), llm.model(),
                prompt.version(), prompt.inputHash(), attempts, tokensIn, tokensOut, millisSince(started),
                repairs, settings.cost(tokensIn, tokensOut), false, seoRepairOutcome == null ? 0 : 1,
                seoRepairOutcome);
        // Only here, with an answer of this call: an entry served from the cache is never written again.
        cache.put(prompt.inputHash(), new RewriteCache.Entry(draft.parsed(), draft.results(), status, provenance));
        return article(item, draft.parsed(), draft.results(), status, provenance);
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
