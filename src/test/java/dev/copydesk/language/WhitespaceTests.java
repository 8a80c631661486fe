package dev.copydesk.seo;

import dev.copydesk.language.Whitespace;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class WhitespaceTests {

    @Test
    void collapsesAsciiWhitespaceRunsAndTrims() {
        assertEquals("Un plan ambitieux", Whitespace.collapse("  Un\tplan \n\r ambitieux \u000B"));
        assertEquals("", Whitespace.collapse(null));
        assertEquals("", Whitespace.collapse(" \n "));
    }

    @Test
    void keepsNoBreakSpacesWhereFrenchTypographyPutsThem() {
        assertEquals("« Oui\u00A0», dit-il\u00A0: non", Whitespace.collapse("« Oui\u00A0»,  dit-il\u00A0: non"));
    }

    @Test
    void returnsAnAlreadyCleanTextAsItIs() {
        String clean = "Un plan ambitieux";
        assertSame(clean, Whitespace.collapse(clean));
    }

    @Test
    void nonBlankIsEmptyForBlankText() {
        assertEquals(Optional.empty(), Whitespace.nonBlank(" \t"));
        assertEquals(Optional.of("a b"), Whitespace.nonBlank(" a  b "));
    }
}
