package dev.copydesk.analysis;

import dev.copydesk.analysis.Terms.Term;
import dev.copydesk.language.Language;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a keyphrase in a text by its content words, whatever their case, accents, number or gender and whatever
 * stop words stand between them, so that "réforme des retraites" is found in "la Réforme de nos retraites". A
 * keyphrase made only of stop words ("The Who") is matched on all its words instead, since it would otherwise
 * match everything.
 */
public final class KeyphraseMatcher {

    private final Language rules;
    private final boolean contentOnly;
    private final List<String> keys;
    /** The distinct keys, and how many times each occurs in the keyphrase ("New York New" needs "new" twice). */
    private final List<String> distinct = new ArrayList<>();
    private final int[] needed;

    public KeyphraseMatcher(String keyphrase, Language rules) {
        this.rules = rules;
        List<Term> terms = Terms.of(keyphrase, rules);
        this.contentOnly = terms.stream().anyMatch(term -> !term.stopWord());
        this.keys = terms.stream().filter(this::counts).map(Term::key).toList();
        keys.stream().distinct().forEach(distinct::add);
        this.needed = distinct.stream().mapToInt(key -> (int) keys.stream().filter(key::equals).count()).toArray();
    }

    /** How many words the keyphrase is matched by: its content words. */
    public int size() {
        return keys.size();
    }

    /** Whether every matched word of the keyphrase occurs somewhere in {@code text}, in any order. */
    public boolean isIn(String text) {
        return occurrencesIn(Terms.of(text, rules)) > 0;
    }

    /**
     * Whether at least half of the keyphrase's matched words occur among {@code terms}: what makes an image's alt
     * text name the keyphrase in Yoast's alt-text check, where the whole keyphrase would make every alt read alike.
     */
    public boolean isReflectedIn(List<Term> terms) {
        return !keys.isEmpty() && 2 * wordsFoundIn(terms) >= keys.size();
    }

    /**
     * Whether more than half of the keyphrase's matched words occur among {@code terms}: what makes a subheading
     * "reflect the topic" in Yoast's subheading check. Half is not enough there: "Pourquoi la Chine refuse" does not
     * reflect "Poutine et la Chine".
     */
    public boolean isMostlyIn(List<Term> terms) {
        return !keys.isEmpty() && 2 * wordsFoundIn(terms) > keys.size();
    }

    /** How many of the keyphrase's matched words occur among {@code terms}, each at most as often as it is needed. */
    private int wordsFoundIn(List<Term> terms) {
        int found = 0;
        for (int k = 0; k < distinct.size(); k++) {
            String key = distinct.get(k);
            int here = 0;
            for (Term term : terms) {
                if (term.key().equals(key) && counts(term)) {
                    here++;
                }
            }
            found += Math.min(here, needed[k]);
        }
        return found;
    }

    /** Whether every matched word of the keyphrase occurs somewhere in the analysed text, title and headings included. */
    public boolean isMentionedIn(TextAnalysis analysis) {
        return !keys.isEmpty() && distinct.stream().allMatch(analysis::mentions);
    }

    /** Whether the words of {@code text}, stop words aside, begin with the keyphrase's, in order. */
    public boolean leads(String text) {
        List<String> words = Terms.of(text, rules).stream().filter(this::counts).map(Term::key).toList();
        return !keys.isEmpty() && words.size() >= keys.size() && words.subList(0, keys.size()).equals(keys);
    }

    /**
     * How many times the whole keyphrase occurs in a stretch of text (a sentence, a title): the number of complete
     * sets of its words there, in any order. "Poutine et la Chine" occurs once in "la Chine de Poutine".
     */
    public int occurrencesIn(List<Term> terms) {
        if (keys.isEmpty()) {
            return 0;
        }
        // A keyphrase has a handful of words: counting each one over the terms beats building a map per sentence.
        int complete = Integer.MAX_VALUE;
        for (int k = 0; k < distinct.size() && complete > 0; k++) {
            String key = distinct.get(k);
            int found = 0;
            for (Term term : terms) {
                if (term.key().equals(key) && counts(term)) {
                    found++;
                }
            }
            complete = Math.min(complete, found / needed[k]);
        }
        return complete;
    }

    /** Whether {@code term} is one of the words a keyphrase is compared by. */
    private boolean counts(Term term) {
        return !contentOnly || !term.stopWord();
    }
}
