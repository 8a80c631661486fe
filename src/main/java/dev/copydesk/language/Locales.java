package dev.copydesk.language;

import java.util.Locale;

/** The forms of a locale tag ("fr-FR") that each output needs. */
public final class Locales {

    private Locales() {
    }

    /** ISO 639 language, lower case: "fr" for "fr-FR". */
    public static String language(String locale) {
        return toLocale(locale).getLanguage();
    }

    /** Open Graph form, language_REGION: "fr_FR"; just the language when the tag has no region. */
    public static String openGraph(String locale) {
        Locale parsed = toLocale(locale);
        return parsed.getCountry().isEmpty() ? parsed.getLanguage() : parsed.getLanguage() + "_" + parsed.getCountry();
    }

    /** URL path segment: "fr-fr". */
    public static String pathSegment(String locale) {
        return locale.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    private static Locale toLocale(String locale) {
        return Locale.forLanguageTag(locale.strip().replace('_', '-'));
    }
}
