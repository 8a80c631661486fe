package dev.copydesk.feeds;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The JDK's StAX writer, as both feeds use it: UTF-8, text escaped by the writer, never by hand. The JDK's own
 * implementation, whatever else is on the class path, so that escaping does not change with a dependency.
 */
final class FeedXmlWriter implements AutoCloseable {

    /** W3C Datetime and RFC 3339 alike: seconds and the offset ("2026-11-29T13:40:00+01:00", "...Z" for UTC). */
    static final DateTimeFormatter W3C_DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    final XMLStreamWriter xml;

    FeedXmlWriter() throws XMLStreamException {
        xml = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    }

    /** An element in {@code namespace} holding only {@code text}. */
    void textElement(String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    static String date(OffsetDateTime date) {
        return W3C_DATETIME.format(date.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The document, once every element is closed. */
    byte[] finish() throws XMLStreamException {
        xml.writeEndDocument();
        xml.flush();
        return bytes.toByteArray();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }
}
