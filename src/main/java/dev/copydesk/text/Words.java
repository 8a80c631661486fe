package dev.copydesk.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word counting and tokenising shared by every stage, so that "700 words" means the same thing to the
 * rewrite gates, the SEO analysis and the tests. A word is a run of letters or digits as the JDK's word
 * break rules see it; French elisions ({@code l'homme}) count as one word, as a reader would count them.
 */
public final class Words {

    private Words() {
    }

    /** The words of {@code text}, in order, as written (case kept). */
    public static List<String> tokens(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        BreakIterator boundary = BreakIterator.getWordInstance(Locale.ROOT);
        boundary.setText(text);
        int start = boundary.first();
        StringBuilder elided = null;
        for (int end = boundary.next(); end != BreakIterator.DONE; start = end, end = boundary.next()) {
            String piece = text.substring(start, end);
            if (isWord(piece)) {
                if (elided != null) {
                    words.add(elided.append(piece).toString());
                    elided = null;
                } else {
                    words.add(piece);
                }
            } else if (isApostrophe(piece) && !words.isEmpty() && isElisionPrefix(words.get(words.size() - 1))) {
                elided = new StringBuilder(words.remove(words.size() - 1)).append(piece);
            } else if (elided != null) {
                words.add(elided.toString());
                elided = null;
            }
        }
        if (elided != null) {
            words.add(elided.toString());
        }
        return words;
    }

    /** How many words {@code text} has. */
    public static int count(String text) {
        return tokens(text).size();
    }

    /** Total words of several texts. */
    public static int count(Iterable<String> texts) {
        int total = 0;
        for (String text : texts) {
            total += count(text);
        }
        return total;
    }

    /** A plain loop: this runs for every token of every article, and a stream here was a tenth of the SEO cost. */
    private static boolean isWord(String piece) {
        for (int i = 0; i < piece.length(); ) {
            int codePoint = piece.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    private static boolean isApostrophe(String piece) {
        return piece.equals("'") || piece.equals("\u2019");
    }

    private static boolean isElisionPrefix(String word) {
        return word.length() <= 2 || word.equalsIgnoreCase("qu") || word.equalsIgnoreCase("jusqu")
                || word.equalsIgnoreCase("lorsqu") || word.equalsIgnoreCase("puisqu");
    }
}
