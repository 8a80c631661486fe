package dev.copydesk.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoilerplateCleanerTests {

    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    @Test
    void dropsTheSourceLinkTrailer() {
        var cleaned = cleaner.clean(List.of("Premier paragraphe.", "Source link -57"));
        assertEquals(List.of("Premier paragraphe."), cleaned.paragraphs());
    }

    @Test
    void removesPhotoPositionNotesButKeepsTheSentence() {
        var cleaned = cleaner.clean(List.of("Le président chinois Xi Jinping (photo : à droite) a parlé."));
        assertEquals(List.of("Le président chinois Xi Jinping a parlé."), cleaned.paragraphs());
    }

    @Test
    void setsApartACaptionRepeatedRightAfterItself() {
        var cleaned = cleaner.clean(List.of("Avant.", "Zelensky a déployé des renforts, contre l'avis de ses conseillers",
                "Zelensky a déployé des renforts, contre l’avis de ses conseillers", "Après."));
        assertEquals(List.of("Avant.", "Après."), cleaned.paragraphs());
        assertEquals(List.of("Zelensky a déployé des renforts, contre l'avis de ses conseillers"), cleaned.strayCaptions());
    }

    @Test
    void setsApartACaptionThatRepeatsAnEarlierParagraphWithAPhotoNote() {
        var cleaned = cleaner.clean(List.of("Les échecs de Poutine ont révélé sa dépendance.", "Suite.",
                "Les échecs de Poutine ont révélé sa dépendance (photo : à droite)"));
        assertEquals(List.of("Les échecs de Poutine ont révélé sa dépendance.", "Suite."), cleaned.paragraphs());
        assertEquals(List.of("Les échecs de Poutine ont révélé sa dépendance"), cleaned.strayCaptions());
    }

    @Test
    void keepsQuotationsExactly() {
        String quote = "Il a déclaré: « Je suis convaincu que ces accords constitueront la base de la croissance. »";
        assertEquals(List.of(quote), cleaner.clean(List.of(quote)).paragraphs());
    }

    @Test
    void movesLeadingBulletsToHighlights() {
        var cleaned = cleaner.clean(List.of("• Premier point", "• Second point", "Le texte commence ici."));
        assertEquals(List.of("Premier point", "Second point"), cleaned.highlights());
        assertEquals(List.of("Le texte commence ici."), cleaned.paragraphs());
    }

    @Test
    void dropsTrailersWhateverTheirCaseOrSpacingAroundTheColon() {
        var cleaned = cleaner.clean(List.of("Texte.", "SOURCE : link here", "Lire la suite", "Publicité",
                "Read more: x"));
        assertEquals(List.of("Texte."), cleaned.paragraphs());
        assertEquals(List.of("Sources linked below.", "Advertisements are rare."),
                cleaner.clean(List.of("Sources linked below.", "Advertisements are rare.")).paragraphs());
    }

    @Test
    void removesOnlyPhotoNotesThatCloseWithinEightyCharacters() {
        assertEquals("Texte avec note.", BoilerplateCleaner.withoutPhotoNotes("Texte (CRÉDIT AFP) avec (photos) note."));
        String unclosed = "Texte (photo " + "x".repeat(81) + ")";
        assertEquals(unclosed, BoilerplateCleaner.withoutPhotoNotes(unclosed));
        assertEquals("(photographie de presse)", BoilerplateCleaner.withoutPhotoNotes("(photographie de presse)"));
    }

    @Test
    void aParagraphRepeatedThreeTimesOrMoreDoesNotBreakTheCleaning() {
        var cleaned = cleaner.clean(List.of("Même ligne.", "Même ligne.", "Même ligne.", "Même ligne.", "Suite."));
        assertEquals(List.of("Suite."), cleaned.paragraphs());
    }

    @Test
    void fingerprintsIgnoreQuotesCaseSpacingAndEndPunctuationButNotLongCombiningRuns() {
        assertEquals(BoilerplateCleaner.fingerprint("L’avis  de « tous »..."),
                BoilerplateCleaner.fingerprint("l'avis de \" tous \""));
        String marks = "e" + "\u0301\u0323".repeat(50_000);
        assertEquals(31, BoilerplateCleaner.streamSafe(marks).length(), "a letter and 30 marks");
    }
}
