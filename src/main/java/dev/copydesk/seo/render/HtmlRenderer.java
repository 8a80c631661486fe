package dev.copydesk.seo.render;

import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders the article Markdown to an HTML fragment that is safe to embed. The Markdown carries model output, so
 * raw HTML in it is not trusted: the result keeps only jsoup's relaxed safelist (plus {@code hr}), which drops
 * script, style, iframe, event-handler attributes and non-http(s) links; relative links lose their target as
 * there is no page to resolve them against. The page has exactly one h1, the title: any other h1 becomes an h2.
 * Links to another site get {@code rel="nofollow noopener"} so the site does not vouch for what the model linked.
 * The h1 and outbound links are counted on the cleaned page, for the assessments that check them.
 */
public final class HtmlRenderer {

    // Built once: the safelist and selectors are immutable, and building them per article cost as much as cleaning.
    private static final Cleaner CLEANER = new Cleaner(Safelist.relaxed().addTags("hr"));
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator LINK_WITHOUT_TARGET = QueryParser.parse("a:not([href])");
    private static final Evaluator LINK = QueryParser.parse("a[href]");

    private final Parser parser = Parser.builder().build();
    private final org.commonmark.renderer.html.HtmlRenderer renderer =
            org.commonmark.renderer.html.HtmlRenderer.builder().build();
    private final Optional<String> siteHost;

    /** @param siteUrl the site's own URL: links to its host are not external. Without it every link is. */
    public HtmlRenderer(Optional<String> siteUrl) {
        this.siteHost = siteUrl.flatMap(HtmlRenderer::hostOf);
    }

    /** The page as published, in Markdown and HTML, with the counts the assessments need. */
    public record Page(String markdown, String html, int h1Count, int outboundLinks) {
    }

    public Page render(String markdown) {
        return clean(markdown, renderer.render(parser.parse(markdown)));
    }

    /**
     * The page of an article written by {@link ArticleMarkdown}: the same HTML as {@link #render(String)} of its
     * Markdown (tested on the golden articles and on hostile text), written straight from the tree that Markdown
     * reads back as by {@link TreeHtml}, which escapes by construction; a tree it does not handle is rendered and
     * cleaned like any other Markdown, without parsing it again.
     */
    public Page render(ArticleMarkdown.Written written) {
        Page page = TreeHtml.page(written, this::isExternal);
        return page != null ? page : clean(written.markdown(), renderer.render(written.tree()));
    }

    private Page clean(String markdown, String unsafe) {
        Document page = CLEANER.clean(Jsoup.parseBodyFragment(unsafe));
        Elements h1s = page.select(H1);
        h1s.stream().skip(1).forEach(extra -> extra.tagName("h2"));
        page.select(LINK_WITHOUT_TARGET).unwrap();
        int outbound = 0;
        for (Element link : page.select(LINK)) {
            if (isExternal(link.attr("href"))) {
                link.attr("rel", "nofollow noopener");
                outbound++;
            }
        }
        page.outputSettings().prettyPrint(false);
        return new Page(markdown, page.body().html(), Math.min(1, h1s.size()), outbound);
    }

    private boolean isExternal(String href) {
        Optional<String> host = hostOf(href);
        if (host.isEmpty()) {
            // mailto: and the like have no host and lead to no other site.
            return href.regionMatches(true, 0, "http", 0, 4);
        }
        return siteHost.map(site -> !withoutWww(site).equals(withoutWww(host.get()))).orElse(true);
    }

    private static Optional<String> hostOf(String url) {
        try {
            return Optional.ofNullable(new URI(url.strip()).getHost()).map(host -> host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String withoutWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
