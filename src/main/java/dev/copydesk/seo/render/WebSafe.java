package dev.copydesk.seo.render;

import dev.copydesk.language.Whitespace;
import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.Brief;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.SeoHints;
import dev.copydesk.model.Source;

import org.jsoup.Jsoup;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a page can embed: only absolute http(s) URLs reach a published field (Markdown, HTML, JSON-LD, Open Graph,
 * images, alternates), since a {@code javascript:} or {@code data:} URL from the wire or the model would run in the
 * page; and the short text fields a page puts in its head or in attributes (title, image alt, caption and credit,
 * publisher, author) carry no markup. The SEO stage cleans its input once, here, so every field made from it is
 * clean; the body's text reaches the page only through the sanitised {@code html} and the escaped Markdown.
 */
public final class WebSafe {

    private WebSafe() {
    }

    /** Whether {@code url} is an absolute http or https URL with a host (spaces aside, see {@link #web}). */
    public static boolean isWeb(String url) {
        return web(url).isPresent();
    }

    /**
     * {@code url} trimmed, its spaces percent-encoded (wire URLs have them), if it is then an absolute http or https
     * URL with a host and no other white space, control character, quote or angle bracket.
     */
    public static Optional<String> web(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String encoded = url.strip().replace(" ", "%20");
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || c == '<' || c == '>' || c == '"') {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(encoded);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web ? Optional.of(encoded) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The article with its images kept only where their URL is a web URL, its source URL only if it is one, and its
     * title, image texts, publisher, author, the rewriter's SEO suggestions and the brief's keyphrase as plain text:
     * each of them is copied into a field a page puts in its head or in an attribute.
     */
    public static RewrittenArticle keepWebSafeOnly(RewrittenArticle article) {
        List<ArticleImage> images = article.images().stream()
                .flatMap(image -> web(image.url()).map(url -> new ArticleImage(url, plainText(image.caption()),
                        plainText(image.credit()), plainText(image.alt()))).stream())
                .toList();
        Source source = article.source();
        if (source != null) {
            String url = web(source.url()).orElse(null);
            source = new Source(url, plainText(source.publisher()), source.publishedAt(), plainText(source.author()));
        }
        SeoHints hints = new SeoHints(plainText(article.seoHints().title()), plainText(article.seoHints().keyphrase()),
                plainText(article.seoHints().metaDescription()));
        Brief brief = article.brief();
        if (brief != null) {
            brief = new Brief(brief.targetLocales(), brief.minWords(), brief.subheadings(), brief.customTitle(),
                    plainText(brief.keyphrase()), brief.tone(), brief.editorNote());
        }
        RewrittenArticle safe = new RewrittenArticle(article.id(), article.locale(), article.sourceLanguage(),
                plainText(article.title()), article.standfirst(), article.sections(), images, article.status(),
                article.gates(), hints, source, brief, article.provenance(), article.sourceVersion());
        return safe.equals(article) ? article : safe;
    }

    /**
     * {@code text} as a reader sees it, markup removed: HTML tags (and what a script or style element holds) are
     * dropped and character references decoded, by jsoup's parser, not by a pattern; then any angle bracket left
     * (a decoded "&amp;lt;/script&amp;gt;", a lone "&lt;") is dropped too, so that a page that forgets to escape the
     * field still gets no element from it. Text without '<', '>' or '&amp;' is returned as it is.
     */
    public static String plainText(String text) {
        if (text == null || text.indexOf('<') < 0 && text.indexOf('>') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        String parsed = Jsoup.parseBodyFragment(text).body().text();
        if (parsed.indexOf('<') >= 0) {
            // Markup written as references ("&lt;b&gt;Alerte&lt;/b&gt;") decodes to markup: read once more, so that
            // the description says "Alerte", not "b Alerte /b".
            parsed = Jsoup.parseBodyFragment(parsed).body().text();
        }
        return parsed.indexOf('<') < 0 && parsed.indexOf('>') < 0 ? parsed
                : Whitespace.collapse(parsed.replace("<", " ").replace(">", " "));
    }

    /** {@code text} percent-encoded as one path segment (an article id in an alternate's URL). */
    public static String pathSegment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
