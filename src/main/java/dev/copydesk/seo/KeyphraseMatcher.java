package dev.copydesk.seo;

import java.util.HashSet;
import java.util.List;

/**
 * Finds a keyphrase in a text regardless of case, accents and stop words, so that "Réforme des retraites" is found
 * in "la reforme de nos retraites" by its content words. A keyphrase made only of stop words ("The Who") is matched
 * on all its words instead, since it would otherwise match everything.
 */
final class KeyphraseMatcher {

    private final String language;
    private final boolean contentOnly;
    private final List<String> keys;

    KeyphraseMatcher(String keyphrase, String language) {
        this.language = language;
        List<String> content = Terms.keys(keyphrase, language, true);
        this.contentOnly = !content.isEmpty();
        this.keys = contentOnly ? content : Terms.keys(keyphrase, language, false);
    }

    /** How many words the keyphrase is matched by. */
    int size() {
        return keys.size();
    }

    /** Whether every matched word of the keyphrase occurs somewhere in {@code text}, in any order. */
    boolean isIn(String text) {
        return !keys.isEmpty() && new HashSet<>(Terms.keys(text, language, false)).containsAll(keys);
    }

    /** Whether {@code text} begins with the keyphrase, stop words aside. */
    boolean leads(String text) {
        List<String> words = textKeys(text);
        return !keys.isEmpty() && words.size() >= keys.size() && words.subList(0, keys.size()).equals(keys);
    }

    /** How many times the keyphrase's words occur in {@code text} side by side and in order, stop words aside. */
    int occurrencesIn(String text) {
        List<String> words = textKeys(text);
        int count = 0;
        for (int start = 0; !keys.isEmpty() && start + keys.size() <= words.size(); start++) {
            if (words.subList(start, start + keys.size()).equals(keys)) {
                count++;
            }
        }
        return count;
    }

    private List<String> textKeys(String text) {
        return Terms.keys(text, language, contentOnly);
    }
}
