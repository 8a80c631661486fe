package dev.copydesk.seo;

import dev.copydesk.language.Locales;
import dev.copydesk.analysis.ArticleText;
import dev.copydesk.analysis.MemoizedRules;
import dev.copydesk.seo.assess.SeoAssessor;
import dev.copydesk.analysis.TextAnalysis;
import dev.copydesk.seo.make.CanonicalUrl;
import dev.copydesk.seo.make.HreflangAlternates;
import dev.copydesk.seo.make.ImageAltTexts;
import dev.copydesk.analysis.KeyphraseChooser;
import dev.copydesk.seo.make.MetaDescriptionMaker;
import dev.copydesk.seo.make.SeoTitleMaker;
import dev.copydesk.seo.make.Slugger;
import dev.copydesk.seo.render.ArticleMarkdown;
import dev.copydesk.seo.render.HtmlRenderer;
import dev.copydesk.seo.render.NewsArticleJsonLd;
import dev.copydesk.seo.render.OpenGraphTags;
import dev.copydesk.seo.render.PageFacts;
import dev.copydesk.seo.render.WebSafe;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Assessment;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.model.PublishedProvenance;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.SeoHints;
import dev.copydesk.model.SeoProvenance;
import dev.copydesk.model.Source;
import dev.copydesk.language.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a rewritten article into a web-ready one: Markdown and sanitised HTML (the source cited at the end), SEO
 * title, meta description, slug, keyphrase, JSON-LD, Open Graph tags, alt texts, and the SEO and readability
 * assessments with their two overall scores.
 * <p>
 * When the SEO score is under {@link SeoSettings#minScore()}, the {@link SeoFixer} remakes title, description,
 * slug and alt text around the keyphrase and the article is assessed again (the better of the two is kept). If
 * the score is still too low, what is left is the text's to fix: the article goes out {@code needs_review} with
 * {@code seo-score} and each SEO assessment not rated good among its review reasons.
 * <p>
 * {@link #enrich} is pure and deterministic: the same article and settings give the same result, down to the
 * bytes of its JSON, because nothing here reads a clock or a random source. For that reason the SEO provenance
 * it returns has a latency of 0; the caller times the call and stamps the latency with {@link #withLatency}.
 * Instances are immutable and may be shared between threads.
 */
public final class SeoEnricher {

    public static final String ENGINE = "seo-rules";
    /** Bump whenever a rule change can change the output, so replays can tell packages made by other rules. */
    public static final String RULES_VERSION = "seo-4";
    private final SeoSettings settings;
    private final KeyphraseChooser keyphraseChooser = new KeyphraseChooser();
    private final SeoTitleMaker seoTitleMaker;
    private final MetaDescriptionMaker metaDescriptionMaker = new MetaDescriptionMaker();
    private final HtmlRenderer htmlRenderer;
    private final NewsArticleJsonLd newsArticleJsonLd;
    private final SeoAssessor seoAssessor;
    private final SeoFixer seoFixer;

    public SeoEnricher(SeoSettings settings) {
        this.settings = settings;
        this.seoTitleMaker = new SeoTitleMaker(settings.maxTitleChars());
        this.htmlRenderer = new HtmlRenderer(settings.siteUrl());
        this.newsArticleJsonLd = new NewsArticleJsonLd(settings.publisherName());
        this.seoAssessor = new SeoAssessor(settings.maxTitleChars());
        this.seoFixer = new SeoFixer(seoTitleMaker, metaDescriptionMaker);
    }

    /**
     * The published form of {@code article}, with SEO provenance latency 0.
     *
     * @throws IllegalArgumentException if the article has no id, locale or title: nothing sensible can be
     *                                  published from it, and the stage should dead-letter it
     */
    public PublishedArticle enrich(RewrittenArticle input) {
        requirePublishable(input);
        RewrittenArticle article = WebSafe.keepWebSafeOnly(input);
        Language rules = new MemoizedRules(Language.of(Locales.language(article.locale())));
        ArticleText text = ArticleText.of(article, rules);
        TextAnalysis analysis = TextAnalysis.of(text);
        SeoHints hints = article.seoHints();

        String keyphrase = keyphraseChooser.choose(analysis, article.brief(), hints);
        String seoTitle = seoTitleMaker.make(hints.title(), text.title(), keyphrase, rules);
        String metaDescription = metaDescriptionMaker.make(analysis, hints.metaDescription(), keyphrase);
        String slug = Slugger.slug(seoTitle, rules, keyphrase, article.id());
        List<ArticleImage> images = ImageAltTexts.complete(article.images(), text.title(), rules.language());
        Produced produced = new Produced(analysis, minWords(article), keyphrase, seoTitle, metaDescription, slug,
                images, page(text, images, article.source()));
        List<Assessment> readability = seoAssessor.readability(analysis);
        SeoAssessor.Report report = new SeoAssessor.Report(seoAssessor.seo(produced), readability);

        if (report.seoScore() < settings.minScore()) {
            Produced fixed = seoFixer.fix(produced, article.images(), article.id());
            if (!fixed.images().equals(produced.images())) {
                fixed = fixed.withPage(page(text, fixed.images(), article.source()));
            }
            SeoAssessor.Report fixedReport = new SeoAssessor.Report(seoAssessor.seo(fixed), readability);
            if (fixedReport.seoScore() >= report.seoScore()) {
                produced = fixed;
                report = fixedReport;
            }
        }
        return published(article, produced, report);
    }

    private HtmlRenderer.Page page(ArticleText text, List<ArticleImage> images, Source source) {
        return htmlRenderer.render(ArticleMarkdown.write(text, images, source));
    }

    private PublishedArticle published(RewrittenArticle article, Produced produced, SeoAssessor.Report report) {
        ArticleText text = produced.text();
        Optional<String> canonicalUrl = CanonicalUrl.of(settings.siteUrl(), article.locale(), produced.slug());
        PageFacts facts = new PageFacts(article.locale(), text.language(), text.title(), produced.seoTitle(),
                produced.metaDescription(), produced.keyphrase(), canonicalUrl, produced.images(), article.source(),
                produced.analysis().wordCount());
        boolean needsReview = article.status() == ArticleStatus.NEEDS_REVIEW || report.seoScore() < settings.minScore();
        return new PublishedArticle(article.id(), article.locale(),
                needsReview ? ArticleStatus.NEEDS_REVIEW : ArticleStatus.PUBLISHED, text.title(),
                produced.seoTitle(), produced.metaDescription(), produced.slug(), produced.keyphrase(),
                canonicalUrl.orElse(null), HreflangAlternates.of(settings.siteUrl(), article, canonicalUrl),
                produced.page().html(), produced.page().markdown(), newsArticleJsonLd.of(facts),
                OpenGraphTags.of(facts), produced.analysis().wordCount(), text.h2Count(), produced.images(),
                report.published(), reviewReasons(article, report), article.source(),
                new PublishedProvenance(article.provenance(), new SeoProvenance(ENGINE, RULES_VERSION, 0)),
                article.sourceVersion());
    }

    /**
     * The rewrite's failed gates, then, if the SEO score stayed under the minimum, what the report says to review
     * ({@link SeoAssessor.Report#toReview()}), as failed gates whose code is the assessment id.
     */
    private List<GateResult> reviewReasons(RewrittenArticle article, SeoAssessor.Report report) {
        List<GateResult> reasons = new ArrayList<>();
        if (article.status() == ArticleStatus.NEEDS_REVIEW) {
            reasons.addAll(article.failedGates());
        }
        if (report.seoScore() < settings.minScore()) {
            report.toReview().forEach(assessment -> reasons.add(asFailedGate(assessment)));
        }
        return reasons;
    }

    private static GateResult asFailedGate(Assessment assessment) {
        return GateResult.fail(assessment.id(), assessment.message());
    }

    /** {@code published} with its SEO provenance latency set to what the caller measured. */
    public static PublishedArticle withLatency(PublishedArticle published, long latencyMs) {
        PublishedProvenance provenance = published.provenance();
        SeoProvenance seo = provenance.seo();
        PublishedProvenance timed = new PublishedProvenance(provenance.rewrite(),
                new SeoProvenance(seo.engine(), seo.rulesVersion(), latencyMs));
        return new PublishedArticle(published.id(), published.locale(), published.status(), published.title(),
                published.seoTitle(), published.metaDescription(), published.slug(), published.keyphrase(),
                published.canonicalUrl(), published.alternates(), published.html(), published.markdown(), published.jsonLd(), published.openGraph(),
                published.wordCount(), published.h2Count(), published.images(), published.assessments(),
                published.reviewReasons(), published.source(), timed, published.sourceVersion());
    }

    private static int minWords(RewrittenArticle article) {
        Integer minWords = article.brief() == null ? null : article.brief().minWords();
        return minWords == null ? 0 : minWords; // ingest fills the brief; a record without one asks for no length
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
