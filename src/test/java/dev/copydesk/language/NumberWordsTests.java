package dev.copydesk.language;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberWordsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr|vingt et un soldats|21", "fr|vingt-et-un soldats|21", "fr|quatre-vingt-dix-sept ans|97",
            "fr|deux mille cinq cents réfugiés|2500", "fr|trois millions d'euros|3000000",
            "en|twenty-two people|22", "en|two hundred thirty-two days|232", "en|two million people|2000000",
            "es|treinta y dos personas|32", "es|doscientos soldados|200", "es|mil millones de euros|1000000000",
            "de|zweiundzwanzig Menschen|22", "de|zwei Millionen Euro|2000000",
            "it|ventidue persone|22", "pt|vinte e dois dias|22", "nl|tweeëntwintig mensen|22"})
    void readsCardinalsInEveryLanguage(String code, String text, long value) {
        List<NumberWords.Mention> mentions = Language.of(code).numbers().in(text);
        assertEquals(1, mentions.size(), mentions.toString());
        assertEquals(BigDecimal.valueOf(value), mentions.get(0).value());
        assertEquals(NumberWords.Kind.CARDINAL, mentions.get(0).kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr|la Seconde Guerre mondiale|ORDINAL", "fr|le premier ministre|ORDINAL", "en|the first time|ORDINAL",
            "de|zum ersten Mal|ORDINAL", "es|por primera vez|ORDINAL",
            "fr|des dizaines de blessés|QUANTITY", "en|dozens of people|QUANTITY", "fr|des millions de gens|QUANTITY"})
    void tellsOrdinalsAndQuantitiesFromCounts(String code, String text, NumberWords.Kind kind) {
        List<NumberWords.Mention> mentions = Language.of(code).numbers().in(text);
        assertEquals(1, mentions.size(), mentions.toString());
        assertEquals(kind, mentions.get(0).kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fr|deux, trois|2", "fr|12 pour cent|0", "it|12 per cento|0"})
    void neitherRunsAcrossPunctuationNorReadsPerCentAsAHundred(String code, String text, int mentions) {
        assertEquals(mentions, Language.of(code).numbers().in(text).size());
    }
}
