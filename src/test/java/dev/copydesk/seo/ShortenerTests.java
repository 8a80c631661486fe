package dev.copydesk.seo;

import dev.copydesk.seo.make.Shortener;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShortenerTests {

    @Test
    void keepsATextThatFitsButCollapsesItsWhitespace() {
        assertEquals("Lyon va tripler", Shortener.shorten("  Lyon \n va\ttripler ", 60, "fr"));
    }

    @Test
    void cutsOnASpaceAndDropsDanglingStopWords() {
        // The 20th character falls in "métropole"; the last space before it leaves "… vélo de la", whose "la" and
        // "de" dangle.
        assertEquals("Le plan vélo", Shortener.shorten("Le plan vélo de la métropole, voté jeudi", 20, "fr"));
    }

    @Test
    void dropsTrailingPunctuationLeftByTheCut() {
        assertEquals("Le plan vélo de la métropole", Shortener.shorten("Le plan vélo de la métropole, voté jeudi", 30, "fr"));
    }

    @Test
    void aWordEndingExactlyAtTheLimitIsKept() {
        assertEquals("abc def", Shortener.shorten("abc def ghi", 7, "en"));
    }

    @Test
    void neverSplitsAtANoBreakSpace() {
        // "Lyon\u00A0:" is one unit for the cut; the colon and the no-break space it leaves dangling are dropped.
        assertEquals("Lyon", Shortener.shorten("Lyon\u00A0: le vélo gagne", 9, "fr"));
    }

    @Test
    void cutsInsideTheWordOnlyWhenTheFirstWordIsTooLong() {
        assertEquals("Anticonsti", Shortener.shorten("Anticonstitutionnellement dit", 10, "fr"));
    }
}
