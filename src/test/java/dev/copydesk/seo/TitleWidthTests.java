package dev.copydesk.seo;

import dev.copydesk.seo.make.TitleWidth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TitleWidthTests {

    @Test
    void addsArialAdvanceWidthsAt20Pixels() {
        // L 556 + y 500 + o 556 + n 556 = 2168 thousandths of an em, at 20 px.
        assertEquals(43.36, TitleWidth.pixels("Lyon"), 1e-9);
        assertEquals(20 * (278 + 556 + 278) / 1000.0, TitleWidth.pixels(" 1."), 1e-9);
    }

    @Test
    void anAccentedLetterIsAsWideAsItsBaseLetter() {
        assertEquals(TitleWidth.pixels("Ete a Ca"), TitleWidth.pixels("Été à Ça"), 1e-9);
        // French quotes and the no-break space French puts inside them.
        assertEquals(20 * (556 + 278 + 500 + 278 + 556) / 1000.0, TitleWidth.pixels("«\u00A0x\u00A0»"), 1e-9);
    }

    @Test
    void countsAnotherScriptAsAFullEm() {
        assertEquals(40.0, TitleWidth.pixels("北京"), 1e-9);
    }

    @Test
    void findsTheLongestPrefixWithinAWidth() {
        assertEquals(31, TitleWidth.charsWithin("W".repeat(40), 600));
        assertEquals(3, TitleWidth.charsWithin("abc", 600));
    }
}
