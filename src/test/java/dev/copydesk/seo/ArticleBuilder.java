package dev.copydesk.seo;

import dev.copydesk.language.Locales;
import dev.copydesk.analysis.ArticleText;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Brief;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.RewriteProvenance;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Section;
import dev.copydesk.model.SeoHints;
import dev.copydesk.model.Source;
import dev.copydesk.language.Language;

import java.util.ArrayList;
import java.util.List;

/** Builds rewritten articles for tests; only what a test sets differs from a plain, passing article. */
final class ArticleBuilder {

    static final RewriteProvenance PROVENANCE =
            new RewriteProvenance("llm", "openai", "gpt-4o-mini", "p1", "h1", 1, 1000, 800, 1200);

    private String id = "wire-42";
    private String locale = "fr-FR";
    private String title = "Titre";
    private String standfirst;
    private final List<Section> sections = new ArrayList<>();
    private List<ArticleImage> images = List.of();
    private ArticleStatus status = ArticleStatus.REWRITTEN;
    private List<GateResult> gates = List.of();
    private SeoHints hints = SeoHints.NONE;
    private Source source = new Source(null, null, null, null);
    private String briefKeyphrase;
    private int minWords = 700;

    ArticleBuilder id(String value) {
        id = value;
        return this;
    }

    ArticleBuilder locale(String value) {
        locale = value;
        return this;
    }

    ArticleBuilder title(String value) {
        title = value;
        return this;
    }

    ArticleBuilder standfirst(String value) {
        standfirst = value;
        return this;
    }

    ArticleBuilder section(String heading, String... paragraphs) {
        sections.add(new Section(heading, List.of(paragraphs)));
        return this;
    }

    ArticleBuilder images(ArticleImage... values) {
        images = List.of(values);
        return this;
    }

    ArticleBuilder needsReview(GateResult... gateResults) {
        status = ArticleStatus.NEEDS_REVIEW;
        gates = List.of(gateResults);
        return this;
    }

    ArticleBuilder hints(String seoTitle, String keyphrase, String metaDescription) {
        hints = new SeoHints(seoTitle, keyphrase, metaDescription);
        return this;
    }

    ArticleBuilder source(Source value) {
        source = value;
        return this;
    }

    ArticleBuilder briefKeyphrase(String value) {
        briefKeyphrase = value;
        return this;
    }

    ArticleBuilder minWords(int value) {
        minWords = value;
        return this;
    }

    RewrittenArticle build() {
        Brief brief = new Brief(List.of(locale), minWords, true, true, briefKeyphrase, "neutral");
        return new RewrittenArticle(id, locale, "en", title, standfirst, sections, images, status, gates, hints, source,
                brief, PROVENANCE);
    }

    ArticleText text() {
        RewrittenArticle article = build();
        return ArticleText.of(article, Language.of(Locales.language(article.locale())));
    }
}
