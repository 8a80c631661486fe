package dev.copydesk.seo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SeoTitleMakerTests {

    private final SeoTitleMaker maker = new SeoTitleMaker(60);

    @Test
    void keepsATitleThatHasTheKeyphrase() {
        String title = "Lyon va tripler son réseau de pistes cyclables d'ici 2030";
        assertEquals(title, maker.make(null, title, "pistes cyclables", "fr"));
    }

    @Test
    void findsTheKeyphraseWhateverItsCaseAndAccents() {
        String title = "La Metropole de Lyon vote son plan";
        assertEquals(title, maker.make(null, title, "métropole", "fr"));
    }

    @Test
    void putsTheKeyphraseInFrontWithAFrenchColonWhenItFits() {
        assertEquals("Pistes cyclables : Lyon accélère sur le vélo",
                maker.make(null, "Lyon accélère sur le vélo", "pistes cyclables", "fr"));
    }

    @Test
    void putsTheKeyphraseInFrontWithAnEnglishColonWhenItFits() {
        assertEquals("Cycling plan: City council backs new bike lanes",
                maker.make(null, "City council backs new bike lanes", "cycling plan", "en"));
    }

    @Test
    void keepsTheTitleWhenTheKeyphraseWouldNotFitInFront() {
        String title = "La métropole de Lyon présente son nouveau plan vélo"; // 51 + 19 > 60
        assertEquals(title, maker.make(null, title, "pistes cyclables", "fr"));
    }

    @Test
    void cutsOnAWordBoundaryAtSixtyChars() {
        // Character 60 falls in "120"; the cut before it leaves "… un plan de", and "de" dangles.
        String title = "Pistes cyclables : la métropole de Lyon adopte un plan de 120 millions d'euros";
        assertEquals("Pistes cyclables : la métropole de Lyon adopte un plan",
                maker.make(null, title, "pistes cyclables", "fr"));
    }

    @Test
    void prefersTheSuggestedTitle() {
        assertEquals("Pistes cyclables : Lyon voit grand",
                maker.make("Pistes cyclables : Lyon voit grand", "Lyon va tripler son réseau", "pistes cyclables", "fr"));
    }

    @Test
    void ignoresABlankSuggestion() {
        assertEquals("Lyon voit grand pour le vélo", maker.make("  ", "Lyon voit grand pour le vélo", "vélo", "fr"));
    }

    @Test
    void isNeverEmptyEvenForOneOverlongWord() {
        String word = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(2);
        assertEquals(word.substring(0, 60), new SeoTitleMaker(60).make(null, word, "", "en"));
    }

    @Test
    void honoursAConfiguredLimit() {
        assertEquals("Lyon va tripler", new SeoTitleMaker(18).make(null, "Lyon va tripler son réseau", "Lyon", "fr"));
    }
}
