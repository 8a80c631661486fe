package dev.copydesk.language;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

import java.util.HashSet;
import java.util.Set;

/** Lucene's maintained stop-word lists, the base each language adds its own words to. */
final class StopWords {

    private StopWords() {
    }

    /** Lucene's list for {@code code}, lower case, plus {@code more}. */
    static Set<String> lucenePlus(String code, Set<String> more) {
        CharArraySet lucene = switch (code) {
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            case "es" -> SpanishAnalyzer.getDefaultStopSet();
            case "de" -> GermanAnalyzer.getDefaultStopSet();
            case "it" -> ItalianAnalyzer.getDefaultStopSet();
            case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
            case "nl" -> DutchAnalyzer.getDefaultStopSet();
            case "en" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            default -> throw new UnsupportedLanguageException(code);
        };
        Set<String> words = new HashSet<>(more);
        for (Object word : lucene) {
            words.add(new String((char[]) word));
        }
        return Set.copyOf(words);
    }
}
