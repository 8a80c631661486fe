package dev.copydesk.seo;

import dev.copydesk.seo.make.SeoTitleMaker;

import dev.copydesk.language.Language;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SeoTitleMakerTests {

    private static final Language FRENCH = Language.of("fr");
    private static final Language ENGLISH = Language.of("en");

    private final SeoTitleMaker maker = new SeoTitleMaker(60);

    @Test
    void keepsATitleThatHasTheKeyphrase() {
        String title = "Lyon va tripler son réseau de pistes cyclables d'ici 2030";
        assertEquals(title, maker.make(null, title, "pistes cyclables", FRENCH));
    }

    @Test
    void findsTheKeyphraseWhateverItsCaseAndAccents() {
        String title = "La Metropole de Lyon vote son plan";
        assertEquals(title, maker.make(null, title, "métropole", FRENCH));
    }

    @Test
    void putsTheKeyphraseInFrontWithAFrenchColonWhenItFits() {
        assertEquals("Pistes cyclables : Lyon accélère sur le vélo",
                maker.make(null, "Lyon accélère sur le vélo", "pistes cyclables", FRENCH));
    }

    @Test
    void putsTheKeyphraseInFrontWithAnEnglishColonWhenItFits() {
        assertEquals("Cycling plan: City council backs new bike lanes",
                maker.make(null, "City council backs new bike lanes", "cycling plan", ENGLISH));
    }

    @Test
    void keepsTheTitleWhenTheKeyphraseWouldNotFitInFront() {
        String title = "La métropole de Lyon présente son nouveau plan vélo"; // 51 + 19 > 60
        assertEquals(title, maker.make(null, title, "pistes cyclables", FRENCH));
    }

    @Test
    void cutsOnAWordBoundaryAtSixtyChars() {
        // Character 60 falls in "120"; the cut before it leaves "… un plan de", and "de" dangles.
        String title = "Pistes cyclables : la métropole de Lyon adopte un plan de 120 millions d'euros";
        assertEquals("Pistes cyclables : la métropole de Lyon adopte un plan",
                maker.make(null, title, "pistes cyclables", FRENCH));
    }

    @Test
    void prefersTheSuggestedTitle() {
        assertEquals("Pistes cyclables : Lyon voit grand",
                maker.make("Pistes cyclables : Lyon voit grand", "Lyon va tripler son réseau", "pistes cyclables", FRENCH));
    }

    @Test
    void ignoresABlankSuggestion() {
        assertEquals("Lyon voit grand pour le vélo", maker.make("  ", "Lyon voit grand pour le vélo", "vélo", FRENCH));
    }

    @Test
    void isNeverEmptyEvenForOneOverlongWord() {
        String word = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(2);
        assertEquals(word.substring(0, 60), new SeoTitleMaker(60).make(null, word, "", ENGLISH));
    }

    @Test
    void honoursAConfiguredLimit() {
        assertEquals("Lyon va tripler", new SeoTitleMaker(18).make(null, "Lyon va tripler son réseau", "Lyon", FRENCH));
    }

    @Test
    void cutsATitleTooWideForTheResultLineEvenUnderSixtyCharacters() {
        // M is 833/1000 em: ten make 166.6 px at 20 px, a space 5.56 px. Three words make 510.92 px; a fourth
        // would make 683.08 px, over 600, although the whole title has only 43 characters.
        String word = "M".repeat(10);
        String title = String.join(" ", word, word, word, word);
        assertEquals(String.join(" ", word, word, word), maker.make(null, title, "", ENGLISH));
    }

    @Test
    void theFixingPassPutsTheKeyphraseInFrontAndCutsTheEndOfTheTitle() {
        assertEquals("Pistes cyclables : Lyon adopte un plan de 120 millions",
                maker.withKeyphrase("Lyon adopte un plan de 120 millions d'euros pour le vélo", "pistes cyclables", FRENCH));
    }

    @Test
    void theFixingPassKeepsATitleThatAlreadyNamesTheKeyphrase() {
        String title = "Lyon triple ses pistes cyclables";
        assertEquals(title, maker.withKeyphrase(title, "pistes cyclables", FRENCH));
    }
}
