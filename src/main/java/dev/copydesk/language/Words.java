package dev.copydesk.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a word is, for every stage: ingest, the rewrite gates, the SEO analysis and the tests all count and split
 * with this class, so "700 words" means the same thing everywhere.
 *
 * <p>A word is a run of letters, digits and combining marks. A character between two of them joins them into one
 * word where a reader sees one: an apostrophe or a point between two letters or two digits ({@code l'homme},
 * {@code don't}, {@code U.S}, {@code 1'000}, {@code 3.5}), a comma between two digits ({@code 9,000}), a hyphen or
 * dash between two letters ({@code porte-parole}, {@code a-t-il}, {@code dix-sept}), an underscore between two word
 * characters. One pass over the characters, no regular expression: it runs on every word of every article.
 * What a language does with an elided prefix ({@code l'}, {@code qu'}) is the language's business
 * ({@link Language#withoutElision}).
 */
public final class Words {

    private Words() {
    }

    /** Receives the bounds {@code [start, end)} of each word, in order. */
    @FunctionalInterface
    public interface Sink {
        void word(int start, int end);
    }

    /** Calls {@code sink} with the bounds of each word of {@code text}, in order. */
    public static void forEach(CharSequence text, Sink sink) {
        int length = text.length();
        int start = -1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean wordChar;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                wordChar = isWordCodePoint(codePoint);
                width = 2;
            } else {
                wordChar = isWordCodePoint(c);
            }
            if (wordChar) {
                if (start < 0) {
                    start = i;
                }
                i += width - 1;
            } else if (start >= 0 && !joins(text, i, c)) {
                sink.word(start, i);
                start = -1;
            }
        }
        if (start >= 0) {
            sink.word(start, length);
        }
    }

    /** The words of {@code text}, in order, as written (case kept). */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            forEach(text, (start, end) -> words.add(text.substring(start, end)));
        }
        return words;
    }

    /** How many words {@code text} has. */
    public static int count(String text) {
        if (text == null) {
            return 0;
        }
        int[] count = {0};
        forEach(text, (start, end) -> count[0]++);
        return count[0];
    }

    /** Total words of several texts. */
    public static int count(Iterable<String> texts) {
        int total = 0;
        for (String text : texts) {
            total += count(text);
        }
        return total;
    }

    /** Lower case, with the typographic apostrophe made plain, as word lists are written. */
    public static String lowerCase(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** Letters, digits and combining marks (a decomposed accent belongs to its letter). */
    private static boolean isWordCodePoint(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9';
        }
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether the character at {@code i} links the letters or digits on both sides into one word. */
    private static boolean joins(CharSequence text, int i, char c) {
        if (i + 1 >= text.length() || i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        boolean letters = Character.isLetter(before) && Character.isLetter(after);
        boolean digits = Character.isDigit(before) && Character.isDigit(after);
        return switch (c) {
            case '\'', '\u2019', '.' -> letters || digits;
            case ',' -> digits;
            case '-', '\u2010', '\u2011', '\u2013', '\u2014' -> letters;
            case '_' -> Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
            default -> false;
        };
    }
}
