package dev.copydesk.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The article after the rewrite stage, one per target locale, on {@code articles.rewritten} (key = id:locale).
 * It carries the source metadata and the resolved brief so the SEO stage needs nothing else.
 */
public record RewrittenArticle(String id, String locale, String sourceLanguage, String title, String standfirst,
                               List<Section> sections, List<ArticleImage> images, ArticleStatus status,
                               List<GateResult> gates, SeoHints seoHints, Source source, Brief brief,
                               RewriteProvenance provenance, SourceVersion sourceVersion) {

    /** An article not yet stamped with the raw record it came from (the rewrite stage stamps it). */
    public RewrittenArticle(String id, String locale, String sourceLanguage, String title, String standfirst,
                            List<Section> sections, List<ArticleImage> images, ArticleStatus status,
                            List<GateResult> gates, SeoHints seoHints, Source source, Brief brief,
                            RewriteProvenance provenance) {
        this(id, locale, sourceLanguage, title, standfirst, sections, images, status, gates, seoHints, source, brief,
                provenance, null);
    }

    public RewrittenArticle {
        sections = List.copyOf(sections);
        images = images == null ? List.of() : List.copyOf(images);
        gates = gates == null ? List.of() : List.copyOf(gates);
        seoHints = seoHints == null ? SeoHints.NONE : seoHints;
    }

    public String key() {
        return ArticleKey.of(id, locale);
    }

    /** The same article, made from the raw record {@code version}. */
    public RewrittenArticle withSourceVersion(SourceVersion version) {
        return new RewrittenArticle(id, locale, sourceLanguage, title, standfirst, sections, images, status, gates,
                seoHints, source, brief, provenance, version);
    }

    /**
     * The same article held for review for {@code reasons} (failed checks, kept after its own gates' results): what a
     * later stage that holds it back writes on the review topic.
     */
    public RewrittenArticle heldBack(List<GateResult> reasons) {
        List<GateResult> all = new ArrayList<>(gates);
        reasons.stream().filter(reason -> !all.contains(reason)).forEach(all::add);
        return new RewrittenArticle(id, locale, sourceLanguage, title, standfirst, sections, images,
                ArticleStatus.NEEDS_REVIEW, all, seoHints, source, brief, provenance, sourceVersion);
    }

    /** The gates that failed: the reasons an editor must review this article. */
    public List<GateResult> failedGates() {
        return gates.stream().filter(gate -> !gate.passed()).toList();
    }
}
