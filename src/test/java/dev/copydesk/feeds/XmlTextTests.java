package dev.copydesk.feeds;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XmlTextTests {

    @Test
    void charactersXmlForbidsAreDroppedAndMarkupIsLeftForTheWriterToEscape() {
        assertEquals("a b </title><script>", XmlText.of("a\u0000\u0001 \u000Bb\uFFFE </title><script>\u0007"));
    }

    @Test
    void aLoneSurrogateIsDroppedAndAPairKept() {
        assertEquals("x y \uD83D\uDCF0", XmlText.of("x\uD800 y\uDC00 \uD83D\uDCF0"));
    }

    @Test
    void whiteSpaceIsCollapsedToOneLine() {
        assertEquals("one two three", XmlText.of("  one\r\n\ttwo   three \n"));
        assertEquals("", XmlText.of(null));
    }
}
