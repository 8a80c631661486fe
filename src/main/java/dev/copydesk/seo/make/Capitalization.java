package dev.copydesk.seo.make;

import java.util.Locale;

/** Capitalises the first letter of a phrase put at the start of a title or description ("Pistes cyclables : …"). */
public final class Capitalization {

    private Capitalization() {
    }

    public static String firstLetterUpper(String text, String language) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new String(Character.toChars(first)).toUpperCase(Locale.forLanguageTag(language))
                + text.substring(Character.charCount(first));
    }
}
