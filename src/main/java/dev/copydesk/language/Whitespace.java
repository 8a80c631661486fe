package dev.copydesk.language;

import java.util.Optional;

/** Whitespace clean-up shared by every rule, so that lengths are measured on the text that is published. */
public final class Whitespace {

    private Whitespace() {
    }

    /**
     * {@code text} on one line with single spaces; "" for null. Only ASCII whitespace is collapsed: a no-break
     * space is kept because French typography puts one before ":", "?" and "»", and a cut must never separate
     * those. Written as a loop: every paragraph of every article comes through here.
     */
    public static String collapse(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        return needsCollapsing(stripped) ? collapse(stripped, Whitespace::isAsciiWhitespace) : stripped;
    }

    /** Which characters separate words, for {@link #collapse(String, Separator)}. */
    @FunctionalInterface
    public interface Separator {
        boolean test(char c);
    }

    /**
     * {@code text} with every run of the characters {@code separator} accepts made one space, none at either end:
     * the gates use it with typographic spaces, place names with hyphens and apostrophes too.
     */
    public static String collapse(String text, Separator separator) {
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (separator.test(c)) {
                inRun = collapsed.length() > 0;
            } else {
                if (inRun) {
                    collapsed.append(' ');
                    inRun = false;
                }
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    /** The collapsed text, or empty when there is none. */
    public static Optional<String> nonBlank(String text) {
        String collapsed = collapse(text);
        return collapsed.isEmpty() ? Optional.empty() : Optional.of(collapsed);
    }

    /** Whether some whitespace is other than a single space between two other characters. */
    private static boolean needsCollapsing(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiWhitespace(c) && (c != ' ' || isAsciiWhitespace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** What the regular expression {@code \s} matches. */
    private static boolean isAsciiWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
