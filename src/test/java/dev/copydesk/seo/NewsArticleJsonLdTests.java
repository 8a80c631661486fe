package dev.copydesk.seo;

import dev.copydesk.seo.render.NewsArticleJsonLd;
import dev.copydesk.seo.render.PageFacts;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.model.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsArticleJsonLdTests {

    private final NewsArticleJsonLd jsonLd = new NewsArticleJsonLd("copydesk");

    @Test
    void hasTypeHeadlineAndLanguage() {
        ObjectNode node = jsonLd.of(PageFactsFixtures.complete());

        assertEquals("https://schema.org", node.get("@context").asText());
        assertEquals("NewsArticle", node.get("@type").asText());
        assertEquals(PageFactsFixtures.TITLE, node.get("headline").asText());
        assertEquals("fr-FR", node.get("inLanguage").asText());
    }

    @Test
    void writesEveryKnownFieldInAFixedOrder() {
        assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                        + "\"headline\":\"" + PageFactsFixtures.TITLE + "\",\"description\":\"" + PageFactsFixtures.META + "\","
                        + "\"inLanguage\":\"fr-FR\",\"datePublished\":\"2025-03-14T09:30:00+01:00\","
                        + "\"dateModified\":\"2025-03-14T09:30:00+01:00\","
                        + "\"author\":{\"@type\":\"Person\",\"name\":\"Jeanne Martin\"},"
                        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Agence Exemple\"},"
                        + "\"image\":[\"https://img.example.org/1.jpg\",\"https://img.example.org/2.jpg\"],"
                        + "\"isBasedOn\":\"https://wire.example.org/lyon\",\"wordCount\":725,"
                        + "\"keywords\":\"pistes cyclables\",\"mainEntityOfPage\":\"" + PageFactsFixtures.CANONICAL + "\","
                        + "\"url\":\"" + PageFactsFixtures.CANONICAL + "\"}",
                Json.write(jsonLd.of(PageFactsFixtures.complete())));
    }

    @Test
    void namesTheConfiguredPublisherAndLeavesOutWhatIsUnknown() {
        ObjectNode node = jsonLd.of(PageFactsFixtures.minimal());

        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("@context", "@type", "headline", "inLanguage", "publisher", "wordCount", "keywords"), fields);
        assertEquals("copydesk", node.get("publisher").get("name").asText());
    }

    @Test
    void shortensTheHeadlineTo110CharsOnAWordBoundary() {
        String title = "Lyon va tripler son réseau de pistes cyclables d'ici 2030 et promet des parkings vélos sécurisés "
                + "dans toutes les gares"; // 118 characters; the cut falls in "les", then "toutes" and "dans" dangle
        PageFacts facts = new PageFacts("fr-FR", "fr", title, title, "", "vélo", Optional.empty(), List.of(), null, 0);

        assertEquals("Lyon va tripler son réseau de pistes cyclables d'ici 2030 et promet des parkings vélos sécurisés",
                jsonLd.of(facts).get("headline").asText());
    }

    @Test
    void keepsItsKeyOrderWhenMapEntriesAreSortedByKey() throws Exception {
        // The JSON mapping may sort map keys for determinism; JSON-LD must still open with @context.
        String json = Json.MAPPER.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(jsonLd.of(PageFactsFixtures.complete()));

        assertTrue(json.startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\""), json);
    }
}
