package dev.copydesk.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnglishTests {

    private final Language english = Language.of("en");

    private static List<String> words(String sentence) {
        return Words.of(sentence).stream().map(Words::lowerCase).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"the, 1", "cat, 1", "Yesterday, 3", "council, 2", "beautiful, 3", "garden, 2",
            // silent endings, and the ones that are heard
            "there, 1", "makes, 1", "jumped, 1", "approved, 2", "table, 2", "little, 2", "boxes, 2", "places, 2",
            "wanted, 2", "ended, 2",
            // hiatus and glides
            "piano, 3", "radio, 3", "actual, 3", "stadium, 3", "nation, 2", "social, 2", "quality, 3", "year, 1",
            "9000, 1"})
    void countsSyllables(String word, int syllables) {
        assertEquals(syllables, english.syllables(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The bridge was built in 1962.", "The wall is being repaired.",
            "The homes were not flooded.", "Residents have been told to leave.", "They're often asked why.",
            "The plan was quickly approved."})
    void findsThePassiveVoice(String sentence) {
        assertTrue(english.isPassive(words(sentence)), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"He is a teacher.", "Prices have fallen.", "The wall was red.", "We need more seed.",
            "It is a hundred years old.", "The council approved the plan."})
    void leavesOutActiveClauses(String sentence) {
        assertFalse(english.isPassive(words(sentence)), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"However, the plan works.", "The plan works; therefore we stay.",
            "On the other hand, it costs more.", "As a result, rents rose.", "For example, Harwick.",
            "In addition, the town agreed."})
    void findsTransitionWordsAndPhrases(String sentence) {
        assertTrue(english.hasTransition(words(sentence)), sentence);
    }

    @Test
    void keysMatchPluralsPossessivesAndCase() {
        assertEquals(english.key("shoreline"), english.key("Shorelines"));
        assertEquals(english.key("council"), english.key("Council's"));
    }

    @Test
    void stopWordsIncludeCommonFunctionWords() {
        assertTrue(english.isStopWord("The"));
        assertTrue(english.isStopWord("from"));
        assertFalse(english.isStopWord("shoreline"));
    }

    @Test
    void usesFleschsOriginalCoefficients() {
        // 206.835 - 1.015 * 10 - 84.6 * 1.5 = 69.785
        assertEquals(69.785, english.fleschReadingEase(10, 1.5).orElseThrow(), 1e-9);
        assertEquals(": ", english.colon());
    }

    @Test
    void aStraightQuoteAfterASpaceOpensTheNextSentence() {
        assertEquals(List.of("\"A wall fights the sea,\" she said.", "\"A marsh bends.\"", "It rose in the 2000s.",
                        "Then it fell."),
                english.sentences("\"A wall fights the sea,\" she said. \"A marsh bends.\" It rose in the 2000s. "
                        + "Then it fell."));
    }

    @Test
    void splitsSentencesButNotAfterTitlesInitialsOrDecimals() {
        assertEquals(List.of("Dr. Smith met J. K. Rowling in the U.S. on Monday.", "Prices rose 3.5 percent.",
                        "Really?!", "Yes... and no."),
                english.sentences("Dr. Smith met J. K. Rowling in the U.S. on Monday. Prices rose 3.5 percent. "
                        + "Really?! Yes... and no."));
    }
}
