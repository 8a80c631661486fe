package dev.copydesk.language;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class FoldingTests {

    @Test
    void foldsCaseAccentsAndLigatures() {
        assertEquals("ete a ca l'oeuvre strasse lodz", Folding.fold("Été à Ça l’Œuvre Straße Łódź"));
        assertEquals("sao paulo", Folding.fold("São Paulo"));
    }

    @Test
    void foldsOtherScriptsThroughUnicodeNormalisation() {
        assertEquals("αθηνα", Folding.fold("Αθήνα"));
    }

    @Test
    void returnsALowerCaseAsciiWordAsItIs() {
        String word = "velo";
        assertSame(word, Folding.fold(word));
    }
}
