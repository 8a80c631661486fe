package dev.copydesk.feeds;

import com.thaiopensource.relaxng.jaxp.CompactSyntaxSchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;

/**
 * The feeds' schemas from src/test/resources/feeds (see its README for where each comes from): the sitemaps.org
 * and Google News XSDs through the JDK's validator, Atom's RELAX NG grammar through Jing. Nothing is fetched: the
 * XSD factory may not resolve any external schema location.
 */
final class FeedSchemas {

    private static final Schema SITEMAP = xsd("feeds/sitemap.xsd", "feeds/sitemap-news.xsd");
    private static final Schema ATOM = atom();

    private FeedSchemas() {
    }

    /** Throws, with the validator's message, unless {@code xml} is a valid news sitemap. */
    static void assertValidSitemap(byte[] xml) {
        validate(SITEMAP, xml);
    }

    /** Throws, with the validator's message, unless {@code xml} is a valid Atom document. */
    static void assertValidAtom(byte[] xml) {
        validate(ATOM, xml);
    }

    /** The document, namespace-aware, with external entities and DTDs refused. */
    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static void validate(Schema schema, byte[] xml) {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new AssertionError("invalid: " + e.getMessage() + "\n" + new String(xml, java.nio.charset.StandardCharsets.UTF_8), e);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Schema xsd(String... resources) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            Source[] sources = new Source[resources.length];
            for (int i = 0; i < resources.length; i++) {
                sources[i] = new StreamSource(resource(resources[i]).openStream(), resource(resources[i]).toString());
            }
            return factory.newSchema(sources);
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot load the sitemap schemas", e);
        }
    }

    private static Schema atom() {
        try {
            return new CompactSyntaxSchemaFactory().newSchema(resource("feeds/atom.rnc"));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load the Atom grammar", e);
        }
    }

    private static URL resource(String name) {
        URL url = FeedSchemas.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return url;
    }
}
