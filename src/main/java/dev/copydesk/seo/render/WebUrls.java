package dev.copydesk.seo.render;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Source;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Only absolute http(s) URLs reach a published field (Markdown, HTML, JSON-LD, Open Graph, images, alternates): a
 * {@code javascript:} or {@code data:} URL from the wire or the model would run in the page that embeds the
 * article. The SEO stage drops such URLs from its input once, here, so every field made from it is clean.
 */
public final class WebUrls {

    private WebUrls() {
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

    /** The article with its images kept only where their URL is a web URL, and its source URL only if it is one. */
    public static RewrittenArticle keepWebUrlsOnly(RewrittenArticle article) {
        List<ArticleImage> images = article.images().stream()
                .flatMap(image -> web(image.url()).map(url -> url.equals(image.url()) ? image
                        : new ArticleImage(url, image.caption(), image.credit(), image.alt())).stream())
                .toList();
        Source source = article.source();
        if (source != null && source.url() != null) {
            String url = web(source.url()).orElse(null);
            if (!source.url().equals(url)) {
                source = new Source(url, source.publisher(), source.publishedAt(), source.author());
            }
        }
        if (images.equals(article.images()) && source == article.source()) {
            return article;
        }
        return new RewrittenArticle(article.id(), article.locale(), article.sourceLanguage(), article.title(),
                article.standfirst(), article.sections(), images, article.status(), article.gates(),
                article.seoHints(), source, article.brief(), article.provenance());
    }

    /** {@code text} percent-encoded as one path segment (an article id in an alternate's URL). */
    public static String pathSegment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
