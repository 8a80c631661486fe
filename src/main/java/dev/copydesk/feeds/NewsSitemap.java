package dev.copydesk.feeds;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A Google News sitemap: a sitemaps.org {@code urlset} whose every {@code url} carries a {@code news:news} element
 * (publication name and language, publication date, title).
 */
final class NewsSitemap {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private NewsSitemap() {
    }

    /** The sitemap of {@code entries}, in their order, as UTF-8 XML. */
    static byte[] write(List<FeedEntry> entries, String publicationName) {
        String name = XmlText.of(publicationName);
        try (FeedXmlWriter out = new FeedXmlWriter()) {
            out.xml.setDefaultNamespace(SITEMAP_NS);
            out.xml.setPrefix("news", NEWS_NS);
            out.xml.writeStartElement(SITEMAP_NS, "urlset");
            out.xml.writeDefaultNamespace(SITEMAP_NS);
            out.xml.writeNamespace("news", NEWS_NS);
            for (FeedEntry entry : entries) {
                out.xml.writeStartElement(SITEMAP_NS, "url");
                out.textElement(SITEMAP_NS, "loc", entry.url());
                out.xml.writeStartElement(NEWS_NS, "news");
                out.xml.writeStartElement(NEWS_NS, "publication");
                out.textElement(NEWS_NS, "name", name);
                out.textElement(NEWS_NS, "language", entry.locale().newsLanguage());
                out.xml.writeEndElement();
                out.textElement(NEWS_NS, "publication_date", FeedXmlWriter.date(entry.published()));
                out.textElement(NEWS_NS, "title", entry.title());
                out.xml.writeEndElement();
                out.xml.writeEndElement();
            }
            out.xml.writeEndElement();
            return out.finish();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write the news sitemap", e));
        }
    }
}
