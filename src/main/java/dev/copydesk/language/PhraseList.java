package dev.copydesk.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of words and multi-word phrases ("however", "on the other hand", "parce que") found in a sentence by
 * looking each word up once, so a long list costs no more than a short one. A phrase word that ends in an
 * apostrophe is an elided form and matches any word it begins: "parce qu'" matches "parce qu'il".
 */
public final class PhraseList {

    /** Phrases by their first word (an elided first word is keyed with its apostrophe). */
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    /** Elided first words ("lorsqu'"), tried as prefixes of each word. */
    private final List<String> elidedFirstWords = new ArrayList<>();

    /** @param phrases lower-case, words separated by single spaces */
    public PhraseList(List<String> phrases) {
        for (String phrase : phrases) {
            String[] words = Words.lowerCase(phrase).split(" ");
            if (words[0].endsWith("'") && !elidedFirstWords.contains(words[0])) {
                elidedFirstWords.add(words[0]);
            }
            byFirstWord.computeIfAbsent(words[0], first -> new ArrayList<>()).add(words);
        }
    }

    /** Whether one of the phrases occurs in {@code words} (lower case, as {@link Words} splits them). */
    public boolean foundIn(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (startsAt(byFirstWord.get(words.get(i)), words, i)) {
                return true;
            }
            for (String elided : elidedFirstWords) {
                if (words.get(i).startsWith(elided) && startsAt(byFirstWord.get(elided), words, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsAt(List<String[]> candidates, List<String> words, int at) {
        if (candidates == null) {
            return false;
        }
        for (String[] phrase : candidates) {
            if (at + phrase.length <= words.size() && matches(phrase, words, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String[] phrase, List<String> words, int at) {
        for (int j = 0; j < phrase.length; j++) {
            String word = words.get(at + j);
            String expected = phrase[j];
            boolean same = expected.endsWith("'") ? word.startsWith(expected) : word.equals(expected);
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
