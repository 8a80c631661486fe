package dev.copydesk.seo;

import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the SEO stage (config {@code copydesk.seo.*}).
 *
 * @param maxTitleChars longest SEO title, in characters (default 60, what search results show)
 * @param siteUrl       base URL articles are published under, e.g. {@code https://news.example.com}; canonical URLs
 *                      are only written when it is set. A trailing '/' is removed.
 * @param publisherName publisher named in JSON-LD when the source names none
 * @param minScore      SEO score (0–100) under which the stage fixes what it can, and under which an article that
 *                      stays there goes to review; 0 turns both off
 */
public record SeoSettings(int maxTitleChars, Optional<String> siteUrl, String publisherName, int minScore) {

    public static final int DEFAULT_MAX_TITLE_CHARS = 60;
    public static final String DEFAULT_PUBLISHER_NAME = "copydesk";
    public static final int DEFAULT_MIN_SCORE = 70;

    public SeoSettings {
        if (maxTitleChars <= 0) {
            throw new IllegalArgumentException("maxTitleChars must be positive; got " + maxTitleChars);
        }
        siteUrl = Objects.requireNonNullElse(siteUrl, Optional.<String>empty())
                .map(String::strip).map(SeoSettings::withoutTrailingSlashes).filter(url -> !url.isEmpty());
        if (publisherName == null || publisherName.isBlank()) {
            throw new IllegalArgumentException("publisherName must not be blank");
        }
        publisherName = publisherName.strip();
        if (minScore < 0 || minScore > 100) {
            throw new IllegalArgumentException("minScore must be between 0 and 100; got " + minScore);
        }
    }

    /** With the default minimum score ({@value #DEFAULT_MIN_SCORE}). */
    public SeoSettings(int maxTitleChars, Optional<String> siteUrl, String publisherName) {
        this(maxTitleChars, siteUrl, publisherName, DEFAULT_MIN_SCORE);
    }

    /** The configuration defaults: 60-character titles, no site URL, publisher "copydesk", minimum score 70. */
    public static SeoSettings defaults() {
        return new SeoSettings(DEFAULT_MAX_TITLE_CHARS, Optional.empty(), DEFAULT_PUBLISHER_NAME, DEFAULT_MIN_SCORE);
    }

    private static String withoutTrailingSlashes(String url) {
        String result = url;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
