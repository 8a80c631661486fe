package dev.copydesk.rewrite.gates;

import dev.copydesk.language.Whitespace;

import java.util.Collection;

/**
 * Text helpers of the gates: typographic normalisation for comparing quotations, and message formatting. Words,
 * folding and everything language-specific come from {@link dev.copydesk.language}.
 */
final class GateText {

    private GateText() {
    }

    /** Whether {@code c} is white space, the non-breaking and thin spaces of French typography included. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u2060'
                || c == '\uFEFF' || c == '\u200B';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u00B4' || c == '`'
                || c == '\u2032';
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u00AB' || c == '\u00BB' || c == '\u201C' || c == '\u201D' || c == '\u201E'
                || c == '\u201F' || c == '\u2039' || c == '\u203A';
    }

    static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                || c == '\u2015' || c == '\u2212';
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * A form of {@code text} in which typography no longer matters: lower case; every run of white space
     * (non-breaking ones included) one space; every apostrophe {@code '}; every quotation mark {@code "} with no
     * space around it; every dash {@code -}; {@code …} three dots; no space before {@code : ; ! ? %}. Two
     * renderings of the same words and punctuation, French or English typography, have the same canonical form.
     */
    static String canonical(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            char mapped;
            if (isApostrophe(c)) {
                mapped = '\'';
            } else if (isQuoteMark(c)) {
                mapped = '"';
            } else if (isDash(c)) {
                mapped = '-';
            } else if (c == '\u2026') {
                mapped = '.';
            } else {
                mapped = Character.toLowerCase(c);
            }
            if (pendingSpace) {
                char last = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                boolean glued = mapped == '"' || mapped == ':' || mapped == ';' || mapped == '!' || mapped == '?'
                        || mapped == '%' || last == '"';
                if (!glued) {
                    out.append(' ');
                }
                pendingSpace = false;
            }
            if (c == '\u2026') {
                out.append("...");
            } else {
                out.append(mapped);
            }
        }
        return out.toString();
    }

    /** {@code text} with one plain space for any run of white space and straight apostrophes; case kept. */
    static String flatten(String text) {
        String collapsed = Whitespace.collapse(text, GateText::isSpace);
        StringBuilder out = null;
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            if (c != '\'' && isApostrophe(c)) {
                if (out == null) {
                    out = new StringBuilder(collapsed);
                }
                out.setCharAt(i, '\'');
            }
        }
        return out == null ? collapsed : out.toString();
    }

    /**
     * Whether {@code needle} occurs in {@code haystack} as whole words: neither end of the occurrence touches
     * a letter or digit.
     */
    static boolean containsWholeWords(String haystack, String needle) {
        if (needle.isEmpty()) {
            return false;
        }
        boolean startsWithWord = isWordChar(needle.charAt(0));
        boolean endsWithWord = isWordChar(needle.charAt(needle.length() - 1));
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            boolean leftOk = !startsWithWord || at == 0 || !isWordChar(haystack.charAt(at - 1));
            boolean rightOk = !endsWithWord || end == haystack.length() || !isWordChar(haystack.charAt(end));
            if (leftOk && rightOk) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} on one line, cut at a word boundary to about {@code max} characters, with "…" when cut. */
    static String shorten(String text, int max) {
        String oneLine = text.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
        if (oneLine.length() <= max) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', max);
        return (cut > max / 2 ? oneLine.substring(0, cut) : oneLine.substring(0, max)).strip() + "…";
    }

    /** {@code text} between the quotation marks of {@code language}: « » for French, “ ” otherwise. */
    static String quoted(String text, String language) {
        return "fr".equals(language) ? "« " + text + " »" : "“" + text + "”";
    }

    /** "a", "a and b", "a, b and c". */
    static String list(Collection<String> items) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (String item : items) {
            if (i > 0) {
                out.append(i == items.size() - 1 ? " and " : ", ");
            }
            out.append(item);
            i++;
        }
        return out.toString();
    }

    /** "1 quotation", "3 quotations". */
    static String plural(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
