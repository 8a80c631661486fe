package dev.copydesk.feeds;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * One locale's Atom feed (RFC 4287): the latest articles, each with a permanent id, its title, when it was
 * published and last written, a link to its canonical URL, its meta description as summary and its author when the
 * source names one. The feed itself names the publication as author, so that every entry has one.
 */
final class AtomFeed {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /**
     * The feed of {@code feed} as UTF-8 XML. {@code selfUrl}: the feed's public address, its id and rel=self link;
     * without one, the id is a UUID named after the locale.
     */
    static byte[] write(FeedStore.LocaleFeed feed, String publicationName, Optional<String> selfUrl) {
        String name = XmlText.of(publicationName);
        try (FeedXmlWriter out = new FeedXmlWriter()) {
            out.xml.setDefaultNamespace(ATOM_NS);
            out.xml.writeStartElement(ATOM_NS, "feed");
            out.xml.writeDefaultNamespace(ATOM_NS);
            out.xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", feed.locale().tag());
            out.textElement(ATOM_NS, "id", selfUrl.orElseGet(() -> "urn:uuid:" + UUID.nameUUIDFromBytes(
                    ("copydesk-feed:" + feed.locale().pathSegment()).getBytes(StandardCharsets.UTF_8))));
            out.textElement(ATOM_NS, "title", name + " (" + feed.locale().tag() + ")");
            out.textElement(ATOM_NS, "updated", date(feed.updated()));
            if (selfUrl.isPresent()) {
                link(out, "self", "application/atom+xml", selfUrl.get());
            }
            author(out, name);
            for (FeedEntry entry : feed.entries()) {
                out.xml.writeStartElement(ATOM_NS, "entry");
                out.textElement(ATOM_NS, "id", entry.atomId());
                out.textElement(ATOM_NS, "title", entry.title());
                out.textElement(ATOM_NS, "updated", date(entry.updated()));
                out.textElement(ATOM_NS, "published", FeedXmlWriter.date(entry.published()));
                link(out, "alternate", "text/html", entry.url());
                if (!entry.summary().isEmpty()) {
                    out.textElement(ATOM_NS, "summary", entry.summary());
                }
                if (!entry.author().isEmpty()) {
                    author(out, entry.author());
                }
                out.xml.writeEndElement();
            }
            out.xml.writeEndElement();
            return out.finish();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write the Atom feed of " + feed.locale().tag(), e));
        }
    }

    private static void link(FeedXmlWriter out, String rel, String type, String href) throws XMLStreamException {
        out.xml.writeEmptyElement(ATOM_NS, "link");
        out.xml.writeAttribute("rel", rel);
        out.xml.writeAttribute("type", type);
        out.xml.writeAttribute("href", href);
    }

    private static void author(FeedXmlWriter out, String name) throws XMLStreamException {
        out.xml.writeStartElement(ATOM_NS, "author");
        out.textElement(ATOM_NS, "name", name);
        out.xml.writeEndElement();
    }

    private static String date(Instant instant) {
        return FeedXmlWriter.date(instant.atOffset(ZoneOffset.UTC));
    }
}
