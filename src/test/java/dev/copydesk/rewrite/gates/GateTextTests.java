package dev.copydesk.rewrite.gates;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GateTextTests {

    @Test
    void frenchAndEnglishTypographyHaveTheSameCanonicalForm() {
        assertEquals(GateText.canonical("Il a dit : « C’est fini »…"),
                GateText.canonical("il a dit: \"c'est fini\"..."));
        assertEquals(GateText.canonical("un\u00A0«\u202Fpoint culminant\u202F» –"),
                GateText.canonical("un “point culminant” -"));
        assertNotEquals(GateText.canonical("point culminant"), GateText.canonical("point culminants"));
    }

    @Test
    void findsWholeWordsOnly() {
        assertTrue(GateText.containsWholeWords("la chine est \"impartiale\".", "impartiale"));
        assertFalse(GateText.containsWholeWords("elle agit impartialement", "impartiale"));
    }

    @Test
    void shortensAtAWordBoundary() {
        String shortened = GateText.shorten("Je suis convaincu que ces accords constitueront la base de la croissance "
                + "et du développement futurs", 40);
        assertEquals("Je suis convaincu que ces accords…", shortened);
    }
}
