package dev.copydesk.text;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

import java.util.Locale;
import java.util.Set;

/** Stop words per language, from Lucene's analyzers (maintained lists rather than our own). */
public final class StopWords {

    /** Elided articles and pronouns that Lucene's French list keeps apart from the word. */
    private static final Set<String> FRENCH_EXTRA = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu",
            "a", "à", "au", "aux", "est", "été", "sont", "ont", "plus", "comme", "dont", "cette", "ces", "cet",
            "ainsi", "selon", "après", "avant", "lors", "très", "aussi", "encore", "déjà", "fait", "faire",
            "peut", "tout", "tous", "toute", "toutes");

    private StopWords() {
    }

    /** Whether {@code word} (any case) is a stop word of {@code language} (ISO 639-1). */
    public static boolean isStopWord(String language, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('\u2019'));
        if (apostrophe > 0 && apostrophe < lower.length() - 1) {
            lower = lower.substring(apostrophe + 1);
        }
        if ("fr".equals(language) && FRENCH_EXTRA.contains(lower)) {
            return true;
        }
        return setFor(language).contains(lower);
    }

    private static CharArraySet setFor(String language) {
        return switch (language == null ? "" : language) {
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            case "es" -> SpanishAnalyzer.getDefaultStopSet();
            case "de" -> GermanAnalyzer.getDefaultStopSet();
            case "it" -> ItalianAnalyzer.getDefaultStopSet();
            case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
            case "nl" -> DutchAnalyzer.getDefaultStopSet();
            default -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        };
    }
}
