package dev.copydesk.analysis;

import dev.copydesk.language.Language;
import dev.copydesk.language.Words;

import java.util.ArrayList;
import java.util.List;

/** The words of a text with what the SEO rules compare them by. */
public final class Terms {

    /**
     * One word. {@code written} is as in the text ("l'État"), {@code bare} without its elided prefix ("État"),
     * {@code key} the form word variants share ({@link Language#key}: "etat").
     */
    public record Term(String written, String bare, String key, boolean stopWord) {
    }

    private Terms() {
    }

    public static List<Term> of(String text, Language rules) {
        List<String> words = Words.of(text);
        List<Term> terms = new ArrayList<>(words.size());
        for (String word : words) {
            terms.add(term(word, rules));
        }
        return terms;
    }

    public static Term term(String word, Language rules) {
        if (rules instanceof MemoizedRules memoized) {
            return memoized.term(word);
        }
        return new Term(word, rules.withoutElision(word), rules.key(word), rules.isStopWord(word));
    }
}
