package dev.copydesk.feeds;

import dev.copydesk.language.Locales;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A locale as the feeds use it: its canonical BCP 47 tag ("fr-FR", the Atom feed's xml:lang), its path segment
 * ("fr-fr", as in canonical URLs and {@code /feeds/fr-fr.atom}), and its Google News language ("fr", "zh-cn").
 * Built only from a well-formed tag: the locale comes from a record or a URL, and both are untrusted.
 */
record FeedLocale(String tag, String pathSegment, String newsLanguage) {

    /** Longer than any locale the pipeline writes (language, script, region, a variant): bounds what a URL can ask. */
    private static final int MAX_TAG_CHARS = 35;
    /** Regions whose Chinese is written in traditional characters when the tag names no script. */
    private static final Set<String> TRADITIONAL_CHINESE_REGIONS = Set.of("TW", "HK", "MO");

    /** The locale of {@code tag} ("fr-FR", "fr_fr", "zh-Hant-TW"), or empty when it is not a well-formed tag. */
    static Optional<FeedLocale> parse(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > MAX_TAG_CHARS) {
            return Optional.empty();
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        String language = locale.getLanguage();
        if (!language.matches("[a-z]{2,3}")) {
            return Optional.empty();
        }
        String canonical = locale.toLanguageTag();
        return Optional.of(new FeedLocale(canonical, Locales.pathSegment(canonical), newsLanguage(locale)));
    }

    /**
     * The news sitemap's language: the ISO 639 code, except Chinese, which Google wants as zh-cn (simplified) or
     * zh-tw (traditional). The script decides when the tag has one, else the region; plain "zh" is taken as
     * simplified, the script of most Chinese text published.
     */
    private static String newsLanguage(Locale locale) {
        if (!locale.getLanguage().equals("zh")) {
            return locale.getLanguage();
        }
        boolean traditional = locale.getScript().equals("Hant")
                || (locale.getScript().isEmpty() && TRADITIONAL_CHINESE_REGIONS.contains(locale.getCountry()));
        return traditional ? "zh-tw" : "zh-cn";
    }
}
