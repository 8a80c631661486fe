package dev.copydesk.seo;

import dev.copydesk.seo.make.Slugger;

import dev.copydesk.language.Language;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SluggerTests {

    private static final Language FRENCH = Language.of("fr");
    private static final Language ENGLISH = Language.of("en");
    private static final Language GERMAN = Language.of("de");

    @Test
    void germanUmlautsAreSpelledOutAsGermanWritesThemWithoutUmlauts() {
        assertEquals("unwetter-moelltal-strasse-gesperrt",
                Slugger.slug("Unwetter im Mölltal: Straße gesperrt", GERMAN, "", "id"));
        assertEquals("unwetter-moelltal", Slugger.slug("Unwetter im Mo\u0308lltal", GERMAN, "", "id"),
                "a decomposed ö too");
        assertEquals("unwetter-im-molltal", Slugger.slug("Unwetter im Mölltal", ENGLISH, "", "id"),
                "other languages only drop the accent");
    }

    @Test
    void foldsFrenchAccentsAndDropsStopWords() {
        // "Les", "de" and "à" are stop words; "l'" is elided; the hyphenated name gives two slug words.
        assertEquals("eleves-oeuvre-saint-exupery-besancon",
                Slugger.slug("Les élèves de l'œuvre Saint-Exupéry à Besançon", FRENCH, "", "id"));
    }

    @Test
    void foldsLettersThatHaveNoDecomposition() {
        assertEquals("oeuvre-aesir-strasse-oresund-lodz", Slugger.slug("Œuvre Æsir Straße Øresund Łódź", ENGLISH, "", "id"));
    }

    @Test
    void removesElidedPrefixes() {
        assertEquals("assemblee-vote-etat-urgence", Slugger.slug("L'Assemblée vote l’état d'urgence", FRENCH, "", "id"));
    }

    @Test
    void slugKeepsKeyphraseWordsEvenWhenStopWords() {
        String title = "Paris à vélo : la mairie double le budget";
        assertEquals("paris-velo-mairie-double-budget", Slugger.slug(title, FRENCH, "", "id"));
        assertEquals("paris-a-velo-mairie-double-budget", Slugger.slug(title, FRENCH, "Paris à vélo", "id"));
    }

    @Test
    void slugIsCutOnAHyphenBoundaryAt75Chars() {
        // alpha…kilo is 68 characters; "-sierra" brings it to exactly 75, and "-mike" would make 80.
        String title = "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Sierra Mike";
        String slug = Slugger.slug(title, ENGLISH, "", "id");
        assertEquals("alpha-bravo-charlie-delta-echo-foxtrot-golf-hotel-india-juliett-kilo-sierra", slug);
        assertEquals(75, slug.length());
    }

    @Test
    void writesEachWordOnce() {
        assertEquals("retraites-reforme", Slugger.slug("Retraites : la réforme des retraites", FRENCH, "", "id"));
    }

    @Test
    void fallsBackToTheArticleIdWhenTheTitleHasOnlyStopWords() {
        assertEquals("afp-2025-0314", Slugger.slug("Le la les", FRENCH, "", "AFP-2025_0314"));
    }

    @Test
    void isNeverEmpty() {
        assertEquals("article", Slugger.slug("…", FRENCH, "", "—"));
        String longWord = "x".repeat(90);
        assertEquals("x".repeat(Slugger.MAX_LENGTH), Slugger.slug(longWord, ENGLISH, "", "id"));
    }

    @Test
    void isLowerCaseAsciiWordsJoinedByHyphens() {
        String slug = Slugger.slug("Ça va ? « Oui ! » — 3,5 % de hausse à São Paulo", FRENCH, "", "id");
        assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
        assertEquals("ca-va-oui-3-5-hausse-sao-paulo", slug);
    }
}
