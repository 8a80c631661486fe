package dev.copydesk.seo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower-case, accent-free form of a word, so that "Été", "été" and "ete" compare equal. */
final class Folding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        // These letters are not "letter + accent" in Unicode, so NFD alone would leave them as they are.
        String spelledOut = lower.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
                .replace("ø", "o").replace("ł", "l").replace("đ", "d").replace('\u2019', '\'');
        return COMBINING_MARKS.matcher(Normalizer.normalize(spelledOut, Normalizer.Form.NFD)).replaceAll("");
    }
}
