package dev.copydesk.seo.language;

import dev.copydesk.text.Words;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTests {

    @Test
    void keepsElisionsContractionsHyphenatedWordsAndNumbersWhole() {
        assertEquals(List.of("L'État", "a", "dépensé", "3,5", "milliards", "porte-parole", "d’EDF", "don't",
                        "9,000", "2030"),
                Tokenizer.words("L'État a dépensé 3,5 milliards — porte-parole d’EDF, don't: 9,000 (2030)."));
    }

    @Test
    void countsLikeTheSharedWordCounter() {
        String text = "Aujourd'hui, l’État et M. Dupont ont signé : « 1 800 kilomètres de pistes d'ici 2030 », "
                + "a-t-il dit. The U.S. council's plan costs $9.5 million, doesn't it? Score: 3-2, 10:30, x—y.";
        assertEquals(Words.count(text), Tokenizer.words(text).size());
    }

    @Test
    void lowerCasesWithAPlainApostrophe() {
        assertEquals("l'état", Tokenizer.lowerCase("L’État"));
    }
}
