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
        if (!needsCollapsing(stripped)) {
            return stripped;
        }
        StringBuilder collapsed = new StringBuilder(stripped.length());
        boolean inRun = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (isAsciiWhitespace(c)) {
                inRun = true;
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
