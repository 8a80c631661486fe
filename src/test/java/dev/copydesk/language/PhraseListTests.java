package dev.copydesk.language;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhraseListTests {

    private final PhraseList list = new PhraseList(List.of("mais", "en effet", "parce qu'", "lorsqu'", "d'abord"));

    @Test
    void findsSingleWordsAndPhrasesInOrder() {
        assertTrue(list.foundIn(List.of("il", "hésite", "mais", "signe")));
        assertTrue(list.foundIn(List.of("en", "effet", "il", "signe")));
        assertFalse(list.foundIn(List.of("effet", "en", "retour")));
        assertFalse(list.foundIn(List.of("il", "signe", "en")));
    }

    @Test
    void anElidedWordMatchesTheWordsItBegins() {
        assertTrue(list.foundIn(List.of("il", "part", "parce", "qu'il", "pleut")));
        assertTrue(list.foundIn(List.of("lorsqu'elle", "part")));
        assertTrue(list.foundIn(List.of("d'abord", "il", "part")));
        assertFalse(list.foundIn(List.of("qu'il", "part")));
    }
}
