package dev.copydesk.seo.render;

import dev.copydesk.language.Whitespace;
import dev.copydesk.seo.make.Shortener;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.model.ArticleImage;

/**
 * Makes the schema.org NewsArticle JSON-LD. Keys are written in a fixed order ({@code @context} and
 * {@code @type} first, as readers of JSON-LD expect) and optional ones are left out rather than written empty.
 * {@code dateModified} equals {@code datePublished}: the stage has no clock, by design, and the rewrite does not
 * change the news's date.
 */
public final class NewsArticleJsonLd {

    public static final int MAX_HEADLINE_CHARS = 110;

    private final String defaultPublisher;

    /** @param defaultPublisher the publisher named when the source names none */
    public NewsArticleJsonLd(String defaultPublisher) {
        this.defaultPublisher = defaultPublisher;
    }

    public ObjectNode of(PageFacts facts) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("@context", "https://schema.org");
        node.put("@type", "NewsArticle");
        node.put("headline", text(Shortener.shorten(facts.title(), MAX_HEADLINE_CHARS, facts.language())));
        Whitespace.nonBlank(facts.metaDescription()).ifPresent(description -> node.put("description", text(description)));
        node.put("inLanguage", facts.locale());
        facts.publishedAt().ifPresent(date -> node.put("datePublished", date).put("dateModified", date));
        Whitespace.nonBlank(facts.source().author()).ifPresent(author -> node.set("author", typed("Person", text(author))));
        String publisher = Whitespace.nonBlank(facts.source().publisher()).orElse(defaultPublisher);
        node.set("publisher", typed("Organization", text(publisher)));
        if (!facts.images().isEmpty()) {
            ArrayNode image = node.putArray("image");
            facts.images().stream().map(ArticleImage::url).forEach(image::add);
        }
        Whitespace.nonBlank(facts.source().url()).ifPresent(url -> node.put("isBasedOn", url));
        node.put("wordCount", facts.wordCount());
        Whitespace.nonBlank(facts.keyphrase()).ifPresent(keyphrase -> node.put("keywords", text(keyphrase)));
        facts.canonicalUrl().ifPresent(url -> node.put("mainEntityOfPage", url).put("url", url));
        return node;
    }

    /**
     * Plain text: a page embeds this JSON in a script element, and a headline "</script>" must not end it even when
     * the page serialises the JSON with a writer that does not escape angle brackets (copydesk's does).
     */
    private static String text(String value) {
        return WebSafe.plainText(value);
    }

    private static ObjectNode typed(String type, String name) {
        return JsonNodeFactory.instance.objectNode().put("@type", type).put("name", name);
    }
}
