package dev.copydesk.language;

import org.tartarus.snowball.ext.DutchStemmer;

import java.util.Map;
import java.util.Set;

/**
 * Dutch: words, sentences, stop words, stemming (Snowball) and number words; no style rules yet, so transition
 * words, passive voice and Flesch are not assessed for Dutch.
 */
public final class Dutch extends BaseLanguage {

    public Dutch() {
        super("nl", Set.of("dhr", "mevr", "dr", "prof", "mr", "ir", "drs", "blz", "nr", "bijv", "enz", "o.a"),
                Set.of("volgens", "na", "ook", "al", "nog"), Set.of(), Dutch::stem,
                new NumberWords("nl", Map.of("tientallen", 10L, "dozijn", 12L, "honderden", 100L,
                        "duizenden", 1_000L), Set.of(), Map.of()),
                Set.of("de", "die", "deze", "beide"),
                Set.of("de", "het", "een", "deze", "dit"),
                Set.of("en", "of"), "aeiouyëïéèáóú");
    }

    /** Snowball stemmers keep state between calls: one per word keeps this thread-safe. */
    private static String stem(String word) {
        DutchStemmer stemmer = new DutchStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
