package dev.copydesk.feeds;

import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.model.Source;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomFeedTests {

    private static final String HOSTILE = "</title><script>alert('x')</script> & ]]> \u0001\uDC00end";
    private static final FeedLocale FR = FeedLocale.parse("fr-FR").orElseThrow();
    private static final Instant WRITTEN = Instant.parse("2026-11-29T12:00:00Z");
    private static final Optional<String> SELF = Optional.of(FeedArticles.SITE + "/feeds/fr-fr.atom");

    @Test
    void aFeedWithAndWithoutAuthorsIsValidAtomAndCarriesEachEntrysFields() {
        FeedEntry withAuthor = FeedArticles.entry(FeedArticles.published("a1", "fr-FR", "Le Tour part de Lille",
                OffsetDateTime.parse("2026-11-29T09:30:00+01:00")), WRITTEN);
        PublishedArticle anonymous = FeedArticles.article("a2", "fr-FR", ArticleStatus.PUBLISHED, "Sans auteur",
                FeedArticles.SITE + "/fr-fr/a2", null, Instant.parse("2026-11-29T07:00:00Z"));
        FeedEntry withoutAuthor = FeedArticles.entry(anonymous, WRITTEN);
        byte[] xml = AtomFeed.write(new FeedStore.LocaleFeed(FR, List.of(withAuthor, withoutAuthor), WRITTEN),
                "Le Quotidien", SELF);
        FeedSchemas.assertValidAtom(xml);
        assertSchematronRules(xml);

        Document feed = FeedSchemas.parse(xml);
        Element root = feed.getDocumentElement();
        assertEquals("fr-FR", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals(SELF.get(), child(root, "id").getTextContent());
        assertEquals("2026-11-29T12:00:00Z", child(root, "updated").getTextContent());
        List<Element> entries = children(root, "entry");
        assertEquals(2, entries.size());
        Element first = entries.get(0);
        assertEquals(withAuthor.atomId(), child(first, "id").getTextContent());
        assertEquals("Le Tour part de Lille", child(first, "title").getTextContent());
        assertEquals("2026-11-29T09:30:00+01:00", child(first, "published").getTextContent());
        assertEquals("2026-11-29T12:00:00Z", child(first, "updated").getTextContent());
        assertEquals(FeedArticles.SITE + "/fr-fr/a1", child(first, "link").getAttribute("href"));
        assertEquals("Meta description of Le Tour part de Lille", child(first, "summary").getTextContent());
        assertEquals("Jeanne Martin", child(child(first, "author"), "name").getTextContent());
        assertTrue(children(entries.get(1), "author").isEmpty(), "no byline, no entry author");
    }

    @Test
    void hostileFieldsAreEscapedTextThatReadsBackAsItWas() {
        PublishedArticle article = FeedArticles.article("a1", "fr-FR", ArticleStatus.PUBLISHED, HOSTILE,
                FeedArticles.SITE + "/fr-fr/a1?q=1&r=2", new Source(null, null, null, "<img src=x onerror=alert(1)>"),
                WRITTEN);
        byte[] xml = AtomFeed.write(new FeedStore.LocaleFeed(FR, List.of(FeedArticles.entry(article, WRITTEN)), WRITTEN),
                "Pub </name>", SELF);
        FeedSchemas.assertValidAtom(xml);
        String raw = new String(xml, StandardCharsets.UTF_8);
        assertFalse(raw.contains("<script>") || raw.contains("<img"), raw);
        assertTrue(raw.contains("q=1&amp;r=2"), raw);
        Element entry = children(FeedSchemas.parse(xml).getDocumentElement(), "entry").get(0);
        assertEquals("</title><script>alert('x')</script> & ]]> end", child(entry, "title").getTextContent());
        assertEquals("<img src=x onerror=alert(1)>", child(child(entry, "author"), "name").getTextContent());
        assertEquals(FeedArticles.SITE + "/fr-fr/a1?q=1&r=2", child(entry, "link").getAttribute("href"));
    }

    @Test
    void anEmptyFeedIsValidAndNamesThePublicationAsAuthor() {
        byte[] xml = AtomFeed.write(new FeedStore.LocaleFeed(FR, List.of(), WRITTEN), "Le Quotidien", Optional.empty());
        FeedSchemas.assertValidAtom(xml);
        Element root = FeedSchemas.parse(xml).getDocumentElement();
        assertEquals("Le Quotidien", child(child(root, "author"), "name").getTextContent());
        assertTrue(child(root, "id").getTextContent().startsWith("urn:uuid:"));
    }

    @Test
    void theGrammarRejectsAFeedWithoutIdOrWithABadDateSoTheValidationAboveCanFail() {
        String valid = new String(AtomFeed.write(new FeedStore.LocaleFeed(FR, List.of(), WRITTEN), "P", SELF),
                StandardCharsets.UTF_8);
        for (String broken : List.of(
                valid.replace("<id>" + SELF.get() + "</id>", ""),
                valid.replace("2026-11-29T12:00:00Z", "29/11/2026"),
                valid.replace("<title>", "<title type=\"markdown\">"))) {
            assertThrows(AssertionError.class, () -> FeedSchemas.assertValidAtom(broken.getBytes(StandardCharsets.UTF_8)),
                    broken);
        }
    }

    /** RFC 4287's two Schematron rules, which the RELAX NG validator does not run. */
    private static void assertSchematronRules(byte[] xml) {
        Element root = FeedSchemas.parse(xml).getDocumentElement();
        boolean feedAuthor = !children(root, "author").isEmpty();
        for (Element entry : children(root, "entry")) {
            assertTrue(feedAuthor || !children(entry, "author").isEmpty(), "an author for every entry");
            boolean alternate = children(entry, "link").stream()
                    .anyMatch(link -> link.getAttribute("rel").equals("alternate"));
            assertTrue(!children(entry, "content").isEmpty() || alternate, "content or an alternate link");
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "one " + name + " in " + parent.getLocalName());
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(nodes::item)
                .filter(node -> node instanceof Element element && AtomFeed.ATOM_NS.equals(element.getNamespaceURI())
                        && name.equals(element.getLocalName()))
                .map(Element.class::cast).toList();
    }
}
