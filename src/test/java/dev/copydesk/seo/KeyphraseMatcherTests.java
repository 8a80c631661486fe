package dev.copydesk.seo;

import dev.copydesk.analysis.KeyphraseMatcher;
import dev.copydesk.analysis.Terms;

import dev.copydesk.language.Language;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyphraseMatcherTests {

    private static final Language FRENCH = Language.of("fr");
    private static final Language ENGLISH = Language.of("en");

    private static int occurrences(String keyphrase, String text, Language rules) {
        return new KeyphraseMatcher(keyphrase, rules).occurrencesIn(Terms.of(text, rules));
    }

    @Test
    void matchesContentWordsInAnyFormAndOrder() {
        KeyphraseMatcher matcher = new KeyphraseMatcher("Réforme des retraites", FRENCH);

        assertEquals(2, matcher.size());
        assertTrue(matcher.isIn("la reforme de nos RETRAITES"));
        assertTrue(matcher.isIn("les retraites et leur réforme"));
        assertFalse(matcher.isIn("la réforme du rail"));
    }

    @Test
    void countsCompleteSetsOfTheKeyphraseWords() {
        assertEquals(1, occurrences("Poutine et la Chine", "La Chine de Poutine, la Chine de Xi.", FRENCH));
        assertEquals(2, occurrences("living shoreline", "Living shorelines, a living shoreline.", ENGLISH));
        assertEquals(1, occurrences("New York New", "New York, New Jersey and York.", ENGLISH));
    }

    @Test
    void leadsOnlyWhenTheTextOpensWithTheKeyphraseStopWordsAside() {
        KeyphraseMatcher matcher = new KeyphraseMatcher("pistes cyclables", FRENCH);

        assertTrue(matcher.leads("Les pistes cyclables de Lyon"));
        assertFalse(matcher.leads("Lyon et ses pistes cyclables"));
        assertFalse(matcher.leads("Cyclables pistes"));
    }

    @Test
    void aKeyphraseOfStopWordsOnlyIsMatchedOnAllItsWords() {
        KeyphraseMatcher matcher = new KeyphraseMatcher("The Who", ENGLISH);

        assertEquals(2, matcher.size());
        assertTrue(matcher.isIn("a concert by the Who"));
        assertFalse(matcher.isIn("the band"));
    }
}
