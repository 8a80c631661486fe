package dev.copydesk.rewrite;

import dev.copydesk.ingest.NormalizedArticle;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Brief;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.RewriteProvenance;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Section;
import dev.copydesk.model.SeoHints;
import dev.copydesk.language.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine used when no language model is configured. It keeps the source's language and wording, cleaned, and
 * only adds structure (sections and subheadings). It never pretends to translate, expand or retitle: whatever the
 * brief asks that it cannot do becomes a failed gate, and the article goes to review.
 */
public final class PassthroughEngine implements RewriteEngine {

    /** Bump when the output for a given input changes. */
    static final String VERSION = "passthrough-1";
    private static final int MAX_DERIVED_TITLE_WORDS = 14;

    private final RewriteGates gates;

    public PassthroughEngine(RewriteGates gates) {
        this.gates = gates;
    }

    @Override
    public RewrittenArticle rewrite(WorkItem item) {
        long started = System.nanoTime();
        NormalizedArticle article = item.article();
        Brief brief = article.brief();
        List<String> paragraphs = article.paragraphs();
        String standfirst = paragraphs.get(0);
        List<String> body = paragraphs.subList(1, paragraphs.size());
        List<Section> sections = structure(body, brief.subheadings(), article.sourceLanguage());

        List<GateResult> results = new ArrayList<>(gates.check(item, standfirst, sections));
        if (brief.customTitle()) {
            results.add(GateResult.fail("custom-title",
                    "the passthrough engine keeps the source title; the brief asks for a new one"));
        }
        boolean passed = results.stream().allMatch(GateResult::passed);
        String title = article.title() != null ? article.title() : firstWords(standfirst);
        long latencyMs = (System.nanoTime() - started) / 1_000_000;
        RewriteProvenance provenance = new RewriteProvenance("passthrough", "none", null, VERSION,
                Fingerprints.of(VERSION, item.locale(), brief.toString(), title, String.join("\n", paragraphs)),
                1, 0, 0, latencyMs);
        return new RewrittenArticle(article.id(), item.locale(), article.sourceLanguage(), title, standfirst, sections,
                ArticleImages.of(article), passed ? ArticleStatus.REWRITTEN : ArticleStatus.NEEDS_REVIEW, results,
                SeoHints.NONE, article.raw().source(), brief, provenance);
    }

    private static List<Section> structure(List<String> body, boolean subheadings, String language) {
        if (body.isEmpty()) {
            return List.of();
        }
        if (!subheadings || Words.count(body) < 2 * Sectioner.MIN_SECTION_WORDS) {
            return List.of(new Section(null, body));
        }
        return new Sectioner(language).sections(body);
    }

    private static String firstWords(String text) {
        List<String> words = Words.of(text);
        return String.join(" ", words.subList(0, Math.min(words.size(), MAX_DERIVED_TITLE_WORDS)));
    }
}
