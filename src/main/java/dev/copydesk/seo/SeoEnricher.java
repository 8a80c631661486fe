package dev.copydesk.seo;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.model.PublishedProvenance;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.SeoHints;
import dev.copydesk.model.SeoProvenance;

import java.util.List;
import java.util.Optional;

/**
 * Turns a rewritten article into a web-ready one: Markdown and sanitised HTML, SEO title, meta description, slug,
 * keyphrase, JSON-LD, Open Graph tags, alt texts and first-cut SEO assessments.
 * <p>
 * {@link #enrich} is pure and deterministic: the same article and settings give the same result, down to the
 * bytes of its JSON, because nothing here reads a clock or a random source. For that reason the SEO provenance
 * it returns has a latency of 0; the caller times the call and stamps the latency with {@link #withLatency}.
 * Instances are immutable and may be shared between threads.
 */
public final class SeoEnricher {

    public static final String ENGINE = "seo-rules";
    /** Bump whenever a rule change can change the output, so replays can tell packages made by other rules. */
    public static final String RULES_VERSION = "seo-1";
    /** The text-length target when the brief has none (the ingest stage normally fills it in). */
    static final int DEFAULT_MIN_WORDS = 300;

    private final SeoSettings settings;
    private final KeyphraseChooser keyphraseChooser = new KeyphraseChooser();
    private final SeoTitleMaker seoTitleMaker;
    private final MetaDescriptionMaker metaDescriptionMaker = new MetaDescriptionMaker();
    private final HtmlRenderer htmlRenderer;
    private final NewsArticleJsonLd newsArticleJsonLd;
    private final SeoAssessor seoAssessor;

    public SeoEnricher(SeoSettings settings) {
        this.settings = settings;
        this.seoTitleMaker = new SeoTitleMaker(settings.maxTitleChars());
        this.htmlRenderer = new HtmlRenderer(settings.siteUrl());
        this.newsArticleJsonLd = new NewsArticleJsonLd(settings.publisherName());
        this.seoAssessor = new SeoAssessor(settings.maxTitleChars());
    }

    /**
     * The published form of {@code article}, with SEO provenance latency 0.
     *
     * @throws IllegalArgumentException if the article has no id, locale or title: nothing sensible can be
     *                                  published from it, and the stage should dead-letter it
     */
    public PublishedArticle enrich(RewrittenArticle article) {
        requirePublishable(article);
        String language = Locales.language(article.locale());
        ArticleText text = ArticleText.of(article, language);
        SeoHints hints = article.seoHints();

        String keyphrase = keyphraseChooser.choose(text, article.brief(), hints);
        String seoTitle = seoTitleMaker.make(hints.title(), text.title(), keyphrase, language);
        String metaDescription = metaDescriptionMaker.make(text, hints.metaDescription(), keyphrase);
        String slug = Slugger.slug(seoTitle, language, keyphrase, article.id());
        Optional<String> canonicalUrl = CanonicalUrl.of(settings.siteUrl(), article.locale(), slug);
        List<ArticleImage> images = ImageAltTexts.complete(article.images(), text.title(), language);
        String markdown = ArticleMarkdown.of(text, images);
        PageFacts facts = new PageFacts(article.locale(), language, text.title(), seoTitle, metaDescription, keyphrase,
                canonicalUrl, images, article.source(), text.wordCount());
        SeoAssessor.Produced produced = new SeoAssessor.Produced(text, minWords(article), seoTitle, metaDescription,
                slug, keyphrase);

        boolean needsReview = article.status() == ArticleStatus.NEEDS_REVIEW;
        List<GateResult> reviewReasons = needsReview ? article.failedGates() : List.of();
        return new PublishedArticle(article.id(), article.locale(),
                needsReview ? ArticleStatus.NEEDS_REVIEW : ArticleStatus.PUBLISHED, text.title(), seoTitle,
                metaDescription, slug, keyphrase, htmlRenderer.render(markdown), markdown, newsArticleJsonLd.of(facts),
                OpenGraphTags.of(facts), text.wordCount(), text.h2Count(), images, seoAssessor.assess(produced),
                reviewReasons, article.source(),
                new PublishedProvenance(article.provenance(), new SeoProvenance(ENGINE, RULES_VERSION, 0)));
    }

    /** {@code published} with its SEO provenance latency set to what the caller measured. */
    public static PublishedArticle withLatency(PublishedArticle published, long latencyMs) {
        PublishedProvenance provenance = published.provenance();
        SeoProvenance seo = provenance.seo();
        PublishedProvenance timed = new PublishedProvenance(provenance.rewrite(),
                new SeoProvenance(seo.engine(), seo.rulesVersion(), latencyMs));
        return new PublishedArticle(published.id(), published.locale(), published.status(), published.title(),
                published.seoTitle(), published.metaDescription(), published.slug(), published.keyphrase(),
                published.html(), published.markdown(), published.jsonLd(), published.openGraph(),
                published.wordCount(), published.h2Count(), published.images(), published.assessments(),
                published.reviewReasons(), published.source(), timed);
    }

    private static int minWords(RewrittenArticle article) {
        Integer minWords = article.brief() == null ? null : article.brief().minWords();
        return minWords == null ? DEFAULT_MIN_WORDS : minWords;
    }

    private static void requirePublishable(RewrittenArticle article) {
        if (article == null) {
            throw new IllegalArgumentException("no article");
        }
        if (isBlank(article.id()) || isBlank(article.locale()) || isBlank(article.title())) {
            throw new IllegalArgumentException("article " + article.key() + " needs an id, a locale and a title");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
