package dev.copydesk.language;

import org.apache.lucene.analysis.pt.PortugueseLightStemmer;

import java.util.Map;
import java.util.Set;

/**
 * Portuguese: words, sentences, stop words, stemming and number words; no style rules yet, so transition words,
 * passive voice and Flesch are not assessed for Portuguese.
 */
public final class Portuguese extends BaseLanguage {

    public Portuguese() {
        super("pt", Set.of("sr", "sra", "dr", "dra", "prof", "av", "pág", "n", "nº"),
                Set.of("segundo", "após", "também", "já", "ainda"), Set.of(),
                light(new PortugueseLightStemmer()::stem),
                new NumberWords("pt", Map.of("dezenas", 10L, "dúzia", 12L, "dúzias", 12L, "centenas", 100L,
                        "milhares", 1_000L), Set.of(), Map.of()),
                Set.of("os", "as", "estes", "estas", "ambos", "ambas"),
                Set.of("o", "a", "os", "as", "do", "da", "dos", "das", "no", "na", "nos", "nas", "um", "uma"),
                Set.of("e", "ou"), "aeiouáâãéêíóôõú");
    }

    /** Portuguese sentences run longer: Yoast's research (wiki "Sentence-length-in-Portuguese") sets 25 words. */
    @Override
    public int longSentenceWords() {
        return 25;
    }
}
