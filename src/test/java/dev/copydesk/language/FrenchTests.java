package dev.copydesk.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrenchTests {

    private final Language french = Language.of("fr");

    private static List<String> words(String sentence) {
        return Words.of(sentence).stream().map(Words::lowerCase).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "chat, 1", "canapé, 3",
            // silent final e and es
            "table, 1", "Chine, 1", "pistes, 1", "ouvre, 1", "le, 1", "les, 1",
            // vowel groups: eau, oi, ou, ai, ui are one syllable
            "eau, 1", "oiseau, 2", "demain, 2", "nuit, 1", "aujourd'hui, 3",
            // hiatus around é and before a diaeresis
            "réalité, 4", "poésie, 3", "théâtre, 2", "année, 2", "naïf, 2", "Noël, 2",
            // elisions do not count
            "l'homme, 1", "L'école, 2", "qu'il, 1", "d’abord, 2",
            // the verb ending -ent is counted (documented limit)
            "parlent, 2", "2030, 1"})
    void countsSpokenSyllables(String word, int syllables) {
        assertEquals(syllables, french.syllables(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Le pont est construit par la région.", "Le maire a été élu dimanche.",
            "Les routes ne sont pas encore réparées.", "La loi sera votée en mai.", "Les élus étaient réunis.",
            "Elle n'est toujours pas prise au sérieux.", "Elle n’est toutefois pas dénuée d’intérêts.",
            "Moscou est en effet obligée de vendre."})
    void findsThePassiveVoice(String sentence) {
        assertTrue(french.isPassive(words(sentence)), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Il est allé à Lyon.", "Elle est née en 1990.", "Ils sont venus hier.",
            "Les prix sont restés stables.", "Il est mort hier.", "La digue s'est effondrée.",
            "Les ministres se sont réunis.", "Nous nous sommes levés tôt.", "C'est décidé.", "Il est ici.",
            "Le plan est une idée du maire.", "Il a construit le pont.", "Les communes de l'est lyonnais votent.",
            "Il est français.", "Ce chiffre est issu des investigations de la gendarmerie."})
    void leavesOutFalseFriendsAndActiveClauses(String sentence) {
        assertFalse(french.isPassive(words(sentence)), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mais il hésite.", "Cependant, le plan avance.", "En effet, le plan avance.",
            "Il part parce qu'il pleut.", "Bien qu'elle hésite, elle signe.", "D'abord, il parle.",
            "Il signe, par conséquent le plan avance.", "C'est-à-dire qu'il signe.", "Tout d’abord, il parle.", "Le plan avance alors que tout bloque."})
    void findsTransitionWordsAndPhrases(String sentence) {
        assertTrue(french.hasTransition(words(sentence)), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Le plan avance.", "Il a fait un effet.", "La parce est belle."})
    void doesNotTakeAPhrasesWordsAloneForThePhrase(String sentence) {
        assertFalse(french.hasTransition(words(sentence)), sentence);
    }

    @Test
    void dropsElidedArticlesAndPronouns() {
        assertEquals("État", french.withoutElision("l'État"));
        assertEquals("il", french.withoutElision("qu’il"));
        assertEquals("hui", french.withoutElision("lorsqu'hui"));
        assertEquals("aujourd'hui", french.withoutElision("aujourd'hui"));
    }

    @Test
    void keysMatchNumberGenderCaseAndAccents() {
        assertEquals(french.key("piste"), french.key("Pistes"));
        assertEquals(french.key("cyclable"), french.key("CYCLABLES"));
        assertEquals(french.key("état"), french.key("l'État"));
        assertEquals(french.key("réforme"), french.key("reforme"));
    }

    @Test
    void stopWordsComeFromTheMaintainedList() {
        assertTrue(french.isStopWord("Les"));
        assertTrue(french.isStopWord("des"));
        assertFalse(french.isStopWord("vélo"));
    }

    @Test
    void usesKandelAndMolesCoefficients() {
        // 207 - 1.015 * 10 - 73.6 * 1.5 = 86.45
        assertEquals(86.45, french.fleschReadingEase(10, 1.5).orElseThrow(), 1e-9);
        assertEquals(" : ", french.colon());
    }

    @Test
    void splitsSentencesButNotAfterTitlesAndInitials() {
        assertEquals(List.of("M. Dupont et Mme. Durand sont arrivés.", "Ils ont parlé."),
                french.sentences("M. Dupont et Mme. Durand sont arrivés. Ils ont parlé."));
        assertEquals(List.of("Il a dit : « Je viens. »", "Puis il est parti."),
                french.sentences("Il a dit : « Je viens. » Puis il est parti."));
        assertEquals(List.of("Le terme de «point culminant».", "Ce terme dit tout."),
                french.sentences("Le terme de «point culminant». Ce terme dit tout."));
    }
}
