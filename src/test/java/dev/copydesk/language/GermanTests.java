package dev.copydesk.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GermanTests {

    private final Language german = Language.of("de");

    private static List<String> words(String sentence) {
        return Words.of(sentence).stream().map(Words::lowerCase).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Der Mann wurde gestern verhaftet.",
            // the clause closes on the participle, however much stands between
            "Dort wurde das Gemälde 1942 unter Zwang verkauft.",
            "Nach Angaben von Beamten wird er zum ersten Mal genutzt.",
            // a subordinate clause or a modal puts the participle first
            "Ihr Sohn war auf einem Bauernhof versteckt worden.",
            "Der Fonds dürfe nicht angetastet werden.", "Bezahlt werden sollen Systeme aus Polen.",
            "Er sagt, dass das Bild verkauft wurde.", "Die Preise werden neu vergeben."})
    void findsThePassiveVoiceWhereverTheClausePutsTheParticiple(String sentence) {
        assertTrue(german.isPassive(words(sentence)), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Der Mann kam gestern an.",
            // "wurde" as "became", and the participle belongs to the next clause's "hat"
            "Möglich wurde das, weil Ungarn seinen Widerstand aufgegeben hat.",
            // the future with an infinitive on a "ge-" stem
            "Die EU wird am Montag die Gelder freigeben.", "Sie werden das Rennen gewinnen.",
            "Er ist Präsident geworden."})
    void leavesOutTheFutureBecomingAndTheNextClause(String sentence) {
        assertFalse(german.isPassive(words(sentence)), sentence);
    }

    @Test
    void aGermanOpeningQuoteStartsASentenceAndItsClosingQuoteEndsOne() {
        assertEquals(List.of("Diese sind jedoch bislang klein.", "„Es wird Jahre dauern.“", "Er geht."),
                german.sentences("Diese sind jedoch bislang klein. „Es wird Jahre dauern.“ Er geht."));
    }
}
