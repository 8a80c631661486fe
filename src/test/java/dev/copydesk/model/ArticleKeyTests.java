package dev.copydesk.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ArticleKeyTests {

    @Test
    void joinsIdAndLocaleWithAColon() {
        assertEquals("afp-1:fr-FR", ArticleKey.of("afp-1", "fr-FR"));
        assertEquals("afp-1", ArticleKey.of("afp-1", null));
    }

    @Test
    void parsesAtTheLastColonSinceALocaleHasNone() {
        assertEquals(new ArticleKey("urn:afp:1", "en-GB"), ArticleKey.parse("urn:afp:1:en-GB"));
        assertNull(ArticleKey.parse("afp-1"));
        assertNull(ArticleKey.parse("afp-1:"));
    }
}
