package dev.copydesk.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordsTests {

    @Test
    void countsFrenchElisionsAsOneWord() {
        // l'avis, d'armes, qu'il, s'emparer: 4 words; plus "de", "ses", "conseillers" = 7
        assertEquals(7, Words.count("l’avis de ses conseillers, d'armes qu'il s’emparer"));
    }

    @Test
    void ignoresPunctuationAndDashes() {
        assertEquals(3, Words.count("Ukraine – mais « Xi » !"));
    }

    @Test
    void countsNumbersAsWords() {
        assertEquals(4, Words.count("700 mots, 3 sections"));
    }
}
