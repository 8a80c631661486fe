package dev.copydesk.seo.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits running text into words for the analysis, in one pass over the characters. A word is a run of letters
 * and digits, held together as the JDK's word rules (and so {@link dev.copydesk.text.Words}, the count every stage
 * uses) hold them: an apostrophe or a point between two letters or two digits ({@code l'homme}, {@code don't},
 * {@code U.S}, {@code 1'000}, {@code 3.5}), a comma between two digits ({@code 9,000}), a hyphen or dash between
 * two letters ({@code porte-parole}, {@code a-t-il}), an underscore. It does that without the break iterator's
 * cost, since the analysis splits every sentence; the article's word total still comes from {@code Words}.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int length = text.length();
        int start = -1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isSurrogate(c) && Character.isLetterOrDigit(text.codePointAt(i))) {
                if (start < 0) {
                    start = i;
                }
                if (Character.isHighSurrogate(c)) {
                    i++;
                }
            } else if (start >= 0 && !joins(text, i, c)) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** Lower case, with the typographic apostrophe made plain, as word lists are written. */
    public static String lowerCase(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** Whether the character at {@code i} links the letters or digits on both sides into one word. */
    private static boolean joins(String text, int i, char c) {
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
            case '-', '\u2010', '\u2013', '\u2014' -> letters;
            case '_' -> Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
            default -> false;
        };
    }
}
