package dev.copydesk.seo;

import dev.copydesk.analysis.TextAnalysis;
import dev.copydesk.seo.render.HtmlRenderer;

import dev.copydesk.model.ArticleImage;

import java.util.List;

/**
 * Builds what the assessments judge, for tests: the text from an {@link ArticleBuilder}, everything else set
 * directly, so that each test changes only what its assessment looks at.
 */
final class ProducedBuilder {

    private final ArticleBuilder article;
    private String keyphrase = "pistes cyclables";
    private String seoTitle = "Pistes cyclables : Lyon voit grand pour le vélo";
    private String metaDescription = "";
    private String slug = "pistes-cyclables-lyon";
    private List<ArticleImage> images = List.of();
    private int minWords = 700;
    private int h1Count = 1;
    private int outboundLinks = 1;

    ProducedBuilder(ArticleBuilder article) {
        this.article = article;
    }

    /** A French article whose only paragraph is {@code paragraph}. */
    static ProducedBuilder paragraph(String paragraph) {
        return new ProducedBuilder(new ArticleBuilder().section(null, paragraph));
    }

    ProducedBuilder keyphrase(String value) {
        keyphrase = value;
        return this;
    }

    ProducedBuilder seoTitle(String value) {
        seoTitle = value;
        return this;
    }

    ProducedBuilder metaDescription(String value) {
        metaDescription = value;
        return this;
    }

    ProducedBuilder slug(String value) {
        slug = value;
        return this;
    }

    ProducedBuilder images(ArticleImage... values) {
        images = List.of(values);
        return this;
    }

    ProducedBuilder minWords(int value) {
        minWords = value;
        return this;
    }

    ProducedBuilder page(int h1, int outbound) {
        h1Count = h1;
        outboundLinks = outbound;
        return this;
    }

    Produced build() {
        return new Produced(TextAnalysis.of(article.text()), minWords, keyphrase, seoTitle, metaDescription, slug,
                images, new HtmlRenderer.Page("", "", h1Count, outboundLinks));
    }

    /** {@code "mot mot …"}: {@code words} words, none of them a keyphrase word or a transition. */
    static String filler(int words) {
        return "mot ".repeat(words).strip();
    }
}
