package dev.copydesk.seo.render;

import dev.copydesk.language.Whitespace;

import dev.copydesk.model.Source;
import dev.copydesk.language.Language;

import org.commonmark.node.Link;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The line that credits the original at the end of the article, "Source : [publisher](url)" ("Source: " in
 * English), as an outbound link: readers can check the story, and search engines see the page cite its source.
 * The HTML renderer marks it {@code rel="nofollow noopener"} like every external link. Only an absolute http(s)
 * URL is cited; the link text is the publisher, else the URL's host.
 */
public final class SourceCitation {

    private SourceCitation() {
    }

    public static Optional<Paragraph> paragraph(Source source, Language rules) {
        if (source == null) {
            return Optional.empty();
        }
        return Whitespace.nonBlank(source.url()).flatMap(SourceCitation::webHost).map(host -> {
            String label = Whitespace.nonBlank(source.publisher()).orElse(host);
            Link link = new Link(source.url().strip().replace(" ", "%20"), null);
            link.appendChild(new Text(label));
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(new Text("Source" + rules.colon()));
            paragraph.appendChild(link);
            return paragraph;
        });
    }

    private static Optional<String> webHost(String url) {
        try {
            // A wire URL with a space in it is still an address: the Markdown link encodes the space.
            URI uri = new URI(url.replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web ? Optional.ofNullable(uri.getHost()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
