package dev.copydesk.seo;

import dev.copydesk.analysis.ArticleText;
import dev.copydesk.analysis.TextAnalysis;
import dev.copydesk.seo.render.HtmlRenderer;

import dev.copydesk.model.ArticleImage;

import java.util.List;

/**
 * What the SEO stage made for one article, as the assessments judge it and the fixing pass improves it.
 *
 * @param minWords the brief's minimum length
 * @param images   images with their final alt texts, in display order
 * @param page     the rendered page (Markdown, HTML, h1 and outbound link counts)
 */
public record Produced(TextAnalysis analysis, int minWords, String keyphrase, String seoTitle, String metaDescription,
                String slug, List<ArticleImage> images, HtmlRenderer.Page page) {

    public Produced {
        images = List.copyOf(images);
    }

    public ArticleText text() {
        return analysis.text();
    }

    /** The same article with another title, description, slug and images; the page is left for the caller to redo. */
    public Produced withFixes(String fixedTitle, String fixedDescription, String fixedSlug, List<ArticleImage> fixedImages) {
        return new Produced(analysis, minWords, keyphrase, fixedTitle, fixedDescription, fixedSlug, fixedImages, page);
    }

    public Produced withPage(HtmlRenderer.Page renderedPage) {
        return new Produced(analysis, minWords, keyphrase, seoTitle, metaDescription, slug, images, renderedPage);
    }
}
