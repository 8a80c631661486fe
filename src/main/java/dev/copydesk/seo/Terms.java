package dev.copydesk.seo;

import dev.copydesk.text.StopWords;
import dev.copydesk.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words of a text with what the SEO rules compare them by. */
final class Terms {

    /** Elided articles and prepositions (French and Italian) that are not part of the word a reader searches for. */
    private static final Set<String> ELIDED_PREFIXES = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
            "lorsqu", "puisqu", "dell", "all", "nell", "sull", "dall", "un", "quest");

    /**
     * One word. {@code written} is as in the text ("l'État"), {@code bare} without its elided prefix ("État"),
     * {@code key} the folded bare word ("etat").
     */
    record Term(String written, String bare, String key, boolean stopWord) {
    }

    private Terms() {
    }

    static List<Term> of(String text, String language) {
        List<Term> terms = new ArrayList<>();
        for (String word : Words.tokens(text)) {
            String bare = withoutElidedPrefix(word);
            terms.add(new Term(word, bare, Folding.fold(bare), StopWords.isStopWord(language, word)));
        }
        return terms;
    }

    /** The folded words of {@code text}; with {@code contentOnly}, stop words left out. */
    static List<String> keys(String text, String language, boolean contentOnly) {
        return of(text, language).stream().filter(term -> !contentOnly || !term.stopWord()).map(Term::key).toList();
    }

    static String withoutElidedPrefix(String word) {
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('\u2019'));
        if (apostrophe > 0 && apostrophe < word.length() - 1
                && ELIDED_PREFIXES.contains(word.substring(0, apostrophe).toLowerCase(Locale.ROOT))) {
            return word.substring(apostrophe + 1);
        }
        return word;
    }
}
