package dev.copydesk.language;

import org.apache.lucene.analysis.it.ItalianLightStemmer;

import java.util.Map;
import java.util.Set;

/**
 * Italian: words, sentences, stop words, elisions ("l'Italia", "dell'Unione"), stemming and number words; no style
 * rules yet, so transition words, passive voice and Flesch are not assessed for Italian.
 */
public final class Italian extends BaseLanguage {

    public Italian() {
        super("it", Set.of("sig", "sigg", "sig.ra", "dott", "prof", "ing", "avv", "on", "gen", "pag", "ecc"),
                Set.of("secondo", "dopo", "anche", "già", "ancora"),
                Set.of("l", "dell", "all", "dall", "nell", "sull", "un", "d", "c", "quest", "quell", "sant"),
                light(new ItalianLightStemmer()::stem),
                new NumberWords("it", Map.of("decine", 10L, "dozzina", 12L, "dozzine", 12L, "centinaia", 100L,
                        "migliaia", 1_000L), Set.of("per cento"), Map.of()),
                Set.of("i", "gli", "le", "questi", "queste", "entrambi"),
                Set.of("il", "lo", "la", "i", "gli", "le", "l", "del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla", "ai", "agli", "alle", "un", "uno", "una"),
                Set.of("e", "ed", "o"), "aeiouàèéìíòóùú");
    }

    /** Italian sentences run longer: Yoast's research sets 25 words. */
    @Override
    public int longSentenceWords() {
        return 25;
    }
}
