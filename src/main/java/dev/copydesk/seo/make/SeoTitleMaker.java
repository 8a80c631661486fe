package dev.copydesk.seo.make;

import dev.copydesk.language.Whitespace;
import dev.copydesk.analysis.KeyphraseMatcher;

import dev.copydesk.language.Language;

/**
 * Makes the title shown in search results: the rewriter's suggested SEO title when there is one, else the article
 * title. When that title lacks the keyphrase and "Keyphrase: title" still fits, the keyphrase goes in front, as
 * searchers scan the start of a result. Otherwise the title is kept and, if too long, shortened on a word
 * boundary. A title fits when it is at most {@value TitleWidth#MAX_PIXELS} px wide in Arial 20 px (what search
 * results show before cutting) and at most the configured number of characters (for sites that cut by count).
 */
public final class SeoTitleMaker {

    private final int maxChars;

    public SeoTitleMaker(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Never empty when {@code articleTitle} is not blank. */
    public String make(String suggestedTitle, String articleTitle, String keyphrase, Language rules) {
        String title = Whitespace.nonBlank(suggestedTitle).orElse(Whitespace.collapse(articleTitle));
        if (!keyphrase.isBlank() && !new KeyphraseMatcher(keyphrase, rules).isIn(title)) {
            String prefixed = withKeyphraseInFront(title, keyphrase, rules);
            if (fits(prefixed)) {
                return prefixed;
            }
        }
        return shortenToFit(title, rules);
    }

    /**
     * The fixing pass's title: one that lacks the keyphrase gets it in front even if the end of the title must
     * go to make room; a title that already names it is kept.
     */
    public String withKeyphrase(String title, String keyphrase, Language rules) {
        if (keyphrase.isBlank() || new KeyphraseMatcher(keyphrase, rules).isIn(title)) {
            return title;
        }
        return shortenToFit(withKeyphraseInFront(title, keyphrase, rules), rules);
    }

    public boolean fits(String title) {
        return title.length() <= maxChars && TitleWidth.pixels(title) <= TitleWidth.MAX_PIXELS;
    }

    private String shortenToFit(String title, Language rules) {
        int limit = Math.min(maxChars, TitleWidth.charsWithin(title, TitleWidth.MAX_PIXELS));
        return Shortener.shorten(title, limit, rules.language());
    }

    private static String withKeyphraseInFront(String title, String keyphrase, Language rules) {
        return Capitalization.firstLetterUpper(keyphrase.strip(), rules.language()) + rules.colon() + title;
    }
}
