package dev.copydesk.language;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lower-case, accent-free form of a text, so that "Été", "été" and "ete" compare equal. Every word of every
 * article goes through here, so Latin letters are folded from a table made once, and only rarer scripts pay
 * for Unicode normalisation.
 */
public final class Folding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final char TABLE_END = '\u0250';
    /** Folded form of each character below {@link #TABLE_END} (Basic Latin to Latin Extended-B). */
    private static final String[] TABLE = new String[TABLE_END];

    static {
        for (char c = 0; c < TABLE_END; c++) {
            TABLE[c] = slowFold(String.valueOf(c));
        }
    }

    private Folding() {
    }

    public static String fold(String text) {
        int i = 0;
        int length = text.length();
        // Fast path: most words are already lower-case ASCII and come back as they are.
        while (i < length) {
            char c = text.charAt(i);
            if (c >= 0x80 || c >= 'A' && c <= 'Z' || c == '\u2019') {
                break;
            }
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder folded = new StringBuilder(length).append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c < TABLE_END) {
                folded.append(TABLE[c]);
            } else if (c == '\u2019') {
                folded.append('\'');
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < length ? i + 2 : i + 1;
                folded.append(slowFold(text.substring(i, end)));
                i = end - 1;
            }
        }
        return folded.toString();
    }

    private static String slowFold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        // These letters are not "letter + accent" in Unicode, so NFD alone would leave them as they are.
        String spelledOut = lower.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
                .replace("ø", "o").replace("ł", "l").replace("đ", "d").replace('\u2019', '\'');
        return COMBINING_MARKS.matcher(Normalizer.normalize(spelledOut, Normalizer.Form.NFD)).replaceAll("");
    }
}
