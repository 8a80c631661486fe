package dev.copydesk.language;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordsTests {

    @Test
    void keepsElisionsContractionsHyphenatedWordsAndNumbersWhole() {
        assertEquals(List.of("L'État", "a", "dépensé", "3,5", "milliards", "porte-parole", "d’EDF", "don't",
                        "9,000", "2030"),
                Words.of("L'État a dépensé 3,5 milliards — porte-parole d’EDF, don't: 9,000 (2030)."));
    }

    @Test
    void countsFrenchElisionsAsOneWord() {
        // l'avis, d'armes, qu'il, s'emparer: 4 words; plus "de", "ses", "conseillers" = 7
        assertEquals(7, Words.count("l’avis de ses conseillers, d'armes qu'il s’emparer"));
    }

    @Test
    void ignoresPunctuationAndDashesBetweenSpaces() {
        assertEquals(3, Words.count("Ukraine – mais « Xi » !"));
    }

    @Test
    void countsNumbersAsWords() {
        assertEquals(4, Words.count("700 mots, 3 sections"));
    }

    @Test
    void keepsDecomposedAccentsAndLettersOutsideTheBasicPlaneInTheirWord() {
        assertEquals(List.of("Pe\u0301kin", "\uD835\uDC00bc"), Words.of("Pe\u0301kin, \uD835\uDC00bc."));
    }

    @Test
    void treatsLoneSurrogatesAndZeroWidthCharactersAsSeparators() {
        assertEquals(List.of("a", "b", "c"), Words.of("a\uD800b\u200Bc"));
    }

    @Test
    void reportsTheBoundsOfEachWord() {
        String text = "« Deux-Sèvres », dit-il.";
        List<String> seen = new ArrayList<>();
        Words.forEach(text, (start, end) -> seen.add(start + ":" + text.substring(start, end)));
        assertEquals(List.of("2:Deux-Sèvres", "17:dit-il"), seen);
    }

    @Test
    void lowerCasesWithAPlainApostrophe() {
        assertEquals("l'état", Words.lowerCase("L’État"));
    }
}
