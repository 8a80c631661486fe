package dev.copydesk.seo;

import java.util.Locale;

/**
 * Makes the title shown in search results: the rewriter's suggested SEO title when there is one, else the article
 * title. When that title lacks the keyphrase and "Keyphrase: title" still fits, the keyphrase goes in front, as
 * searchers scan the start of a result. Otherwise the title is kept and, if too long, shortened on a word boundary.
 */
final class SeoTitleMaker {

    private final int maxChars;

    SeoTitleMaker(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Never empty when {@code articleTitle} is not blank. */
    String make(String suggestedTitle, String articleTitle, String keyphrase, String language) {
        String title = Whitespace.nonBlank(suggestedTitle).orElse(Whitespace.collapse(articleTitle));
        KeyphraseMatcher matcher = new KeyphraseMatcher(keyphrase, language);
        if (!keyphrase.isBlank() && !matcher.isIn(title)) {
            String prefixed = capitalized(keyphrase.strip(), language) + separator(language) + title;
            if (prefixed.length() <= maxChars) {
                return prefixed;
            }
        }
        return Shortener.shorten(title, maxChars, language);
    }

    /** French typography puts a space before the colon. */
    static String separator(String language) {
        return "fr".equals(language) ? " : " : ": ";
    }

    private static String capitalized(String text, String language) {
        int first = text.codePointAt(0);
        int firstLength = Character.charCount(first);
        return new String(Character.toChars(first)).toUpperCase(Locale.forLanguageTag(language))
                + text.substring(firstLength);
    }
}
