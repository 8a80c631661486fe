package dev.copydesk.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguagesTests {

    @Test
    void everyAcceptedLanguageHasItsOwnRules() {
        assertEquals(Set.of("de", "en", "es", "fr", "it", "nl", "pt"), Languages.codes());
    }

    @Test
    void refusesALanguageWithoutRulesRatherThanBorrowingAnother() {
        UnsupportedLanguageException refused = assertThrows(UnsupportedLanguageException.class,
                () -> Language.of("pl"));
        assertTrue(refused.getMessage().contains("'pl'"), refused.getMessage());
        assertFalse(Languages.supports("pl"));
        assertFalse(Languages.supports(null));
    }

    @Test
    void aConfigurationNamingALanguageWithoutRulesIsRefusedWithTheLanguagesNamed() {
        assertEquals(List.of("fr", "en"), Languages.requireSupported(List.of("fr", "en")));
        UnsupportedLanguageException refused = assertThrows(UnsupportedLanguageException.class,
                () -> Languages.requireSupported(List.of("fr", "pl", "ru")));
        assertTrue(refused.getMessage().contains("'pl, ru'"), refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr|Le plan avance. M. Dupont l'a dit.|2",
            "en|The plan moves on. Mr. Smith said so.|2",
            "es|El plan avanza. El Sr. López lo dijo.|2",
            "de|Der Plan kommt voran. Dr. Müller sagte es.|2",
            "it|Il piano avanza. Il prof. Rossi lo ha detto.|2",
            "pt|O plano avança. O Dr. Silva disse isso.|2",
            "nl|Het plan gaat door. Dhr. Jansen zei het.|2"})
    void splitsSentencesWithoutBreakingAfterTheLanguagesAbbreviations(String code, String text, int sentences) {
        assertEquals(sentences, Language.of(code).sentences(text).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr|les|Réfugiés|réfugié", "en|the|Councils|council", "es|los|Ciudades|ciudad",
            "de|der|Regierungen|Regierung", "it|gli|Città|città", "pt|os|Cidades|cidade", "nl|de|Steden|steden"})
    void hasStopWordsAndStemsPluralsToTheSingularsKey(String code, String stopWord, String plural, String singular) {
        Language language = Language.of(code);
        assertTrue(language.isStopWord(stopWord));
        assertFalse(language.isStopWord(plural));
        assertEquals(language.key(singular), language.key(plural));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en", "es", "de"})
    void readabilityLanguagesHaveAFleschFormulaTransitionsAndPassives(String code) {
        Language language = Language.of(code);
        assertTrue(language.analysesStyle());
        double easy = language.fleschReadingEase(10, 1.3).orElseThrow();
        double hard = language.fleschReadingEase(30, 2.0).orElseThrow();
        assertTrue(easy > 60 && easy - hard > 20, code + ": " + easy + " / " + hard);
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "pt", "nl"})
    void languagesWithoutStyleRulesLeaveStyleOut(String code) {
        Language language = Language.of(code);
        assertFalse(language.analysesStyle());
        assertTrue(language.fleschReadingEase(10, 1.5).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es|sin embargo el plan avanza|true", "es|el plan avanza|false",
            "de|trotzdem kommt der plan voran|true", "de|der plan kommt voran|false",
            // Condition, contrast and time; a preposition ("por", "seit") or "dass" links no sentence to another.
            "es|si llueve el plan se aplaza|true", "es|llovieron 183 litros por metro cuadrado|false",
            "de|die anderen sind dagegen skeptisch|true", "de|seit märz blockiert budapest den beschluss|false",
            "de|er weiß dass der winter entscheidet|false",
            "en|they met again three days later|true", "en|more than four years of research|false"})
    void findsTransitionWords(String code, String sentence, boolean expected) {
        assertEquals(expected, Language.of(code).hasTransition(List.of(sentence.split(" "))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es|la ley fue aprobada ayer|true", "es|el lado oscuro es grande|false",
            "de|der mann wurde gestern verhaftet|true", "de|der mann kam gestern an|false"})
    void findsThePassiveVoice(String code, String sentence, boolean expected) {
        assertEquals(expected, Language.of(code).isPassive(List.of(sentence.split(" "))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es|país|2", "es|ciudad|2", "es|leer|2", "de|Regierung|3", "de|Haus|1"})
    void countsSyllables(String code, String word, int syllables) {
        assertEquals(syllables, Language.of(code).syllables(word));
    }
}
