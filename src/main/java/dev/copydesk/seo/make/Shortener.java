package dev.copydesk.seo.make;

import dev.copydesk.language.Whitespace;

import dev.copydesk.language.Language;

/**
 * Shortens text to a length limit on a word boundary. A shortened text must read as finished, so it does not end
 * on a comma, a colon, an opening quote or a stop word ("… the plan of").
 */
public final class Shortener {

    private Shortener() {
    }

    /**
     * {@code text} with whitespace collapsed, unchanged if it fits in {@code maxChars}; otherwise its longest run of
     * whole words that fits, with dangling punctuation and stop words removed. Never empty for a non-blank text: a
     * first word longer than the limit is cut inside the word.
     */
    public static String shorten(String text, int maxChars, String language) {
        String clean = Whitespace.collapse(text);
        if (clean.length() <= maxChars) {
            return clean;
        }
        // The space may sit right after the last character that fits, hence maxChars and not maxChars - 1.
        int lastSpace = clean.lastIndexOf(' ', maxChars);
        String shortened = lastSpace > 0 ? withoutDanglingEnd(clean.substring(0, lastSpace), language) : "";
        return shortened.isEmpty() ? cutInsideWord(clean, maxChars) : shortened;
    }

    private static String withoutDanglingEnd(String text, String language) {
        String result = withoutTrailingPunctuation(text);
        int lastSpace = lastSpace(result);
        while (lastSpace > 0 && Language.of(language).isStopWord(stripLeadingPunctuation(result.substring(lastSpace + 1)))) {
            result = withoutTrailingPunctuation(result.substring(0, lastSpace));
            lastSpace = lastSpace(result);
        }
        return result;
    }

    private static String withoutTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && !endsCleanly(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Letters, digits, closing brackets and quotes, and the marks that finish a phrase can end a shortened text. */
    private static boolean endsCleanly(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.END_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || c == '!' || c == '?' || c == '%';
    }

    private static String stripLeadingPunctuation(String word) {
        int start = 0;
        while (start < word.length() && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        return word.substring(start);
    }

    /** Last space of any kind, a no-break space included: it separates words as well. */
    private static int lastSpace(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isSpaceChar(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String cutInsideWord(String text, int maxChars) {
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end).strip();
    }
}
