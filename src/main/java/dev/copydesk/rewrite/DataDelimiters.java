package dev.copydesk.rewrite;

import org.jsoup.nodes.Entities;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Keeps untrusted text from opening or closing the tags that delimit data in a prompt ({@code <article>},
 * {@code </previous>}…). A model reads text the way a person does, so a tag counts as one whatever it looks like:
 * any case, spaced ({@code < / article >}), with attributes, written in compatibility characters that Unicode NFKC
 * folds to ASCII (full-width {@code ＜／ａｒｔｉｃｌｅ＞}), as HTML character references ({@code &lt;/article&gt;},
 * {@code &#60;}, {@code &#x3C;}), or with invisible format characters inside ({@code </art\u200Bicle>}). The
 * brackets of such a tag are replaced by {@code ‹ ›}, which no normalisation turns back into {@code < >}; everything
 * else is left exactly as written.
 *
 * <p>The text is read once, left to right: each {@code <} looks at a bounded number of characters for a tag name,
 * then at most up to the next {@code >} or {@code <}, where the scan resumes. Linear in the text, whatever it holds.
 */
final class DataDelimiters {

    /** Tag names the prompt templates use as data delimiters (a test keeps this equal to the templates' tags). */
    static final List<String> NAMES = List.of("article", "body", "title", "highlights", "previous", "problems",
            "keyphrase", "note");

    /** Characters NFKC folds to {@code <} or {@code >} besides themselves (a test checks the whole BMP). */
    static final String LESS_THAN_LIKE = "<\uFF1C\uFE64";
    static final String GREATER_THAN_LIKE = ">\uFF1E\uFE65";
    private static final char DEFUSED_OPEN = '‹';
    private static final char DEFUSED_CLOSE = '›';
    /** Whitespace and invisible characters tolerated between {@code <}, {@code /} and the name. */
    private static final int MAX_SPACING = 32;
    /** Longest character reference read: {@code &} and a name or number and {@code ;}. */
    private static final int MAX_REFERENCE = 34;
    private static final int LONGEST_NAME = NAMES.stream().mapToInt(String::length).max().orElse(0);

    private DataDelimiters() {
    }

    /** {@code text} with every delimiter tag's brackets defused. */
    static String defuse(String text) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (!mayMean(text.charAt(i), LESS_THAN_LIKE)) {
                i++;
                continue;
            }
            Unit open = Unit.at(text, i);
            int afterName = open.means('<') ? delimiterNameEnd(text, open.end) : -1;
            if (afterName < 0) {
                i = open.end;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, copied, open.start).append(DEFUSED_OPEN);
            copied = open.end;
            // Up to the tag's '>' (defused too), or to the next '<', which the scan then looks at itself.
            i = afterName;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (!mayMean(c, LESS_THAN_LIKE) && !mayMean(c, GREATER_THAN_LIKE)) {
                    i++;
                    continue;
                }
                Unit unit = Unit.at(text, i);
                if (unit.means('<')) {
                    break;
                }
                if (unit.means('>')) {
                    out.append(text, copied, unit.start).append(DEFUSED_CLOSE);
                    copied = unit.end;
                    i = unit.end;
                    break;
                }
                i = unit.end;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Whether {@code c} can start something that means one of {@code like}: itself, or a character reference. */
    private static boolean mayMean(char c, String like) {
        return c == '&' || like.indexOf(c) >= 0;
    }

    /**
     * Where a delimiter tag's name ends when one starts at {@code from} (after the {@code <}): spacing, an optional
     * {@code /}, spacing, one of {@link #NAMES} as a whole word. -1 when there is none.
     */
    private static int delimiterNameEnd(String text, int from) {
        int i = skipSpacing(text, from);
        if (i < 0) {
            return -1;
        }
        if (i < text.length()) {
            Unit slash = Unit.at(text, i);
            if (slash.meaning.equals("/")) {
                i = skipSpacing(text, slash.end);
                if (i < 0) {
                    return -1;
                }
            }
        }
        StringBuilder name = new StringBuilder();
        while (i < text.length() && name.length() <= LONGEST_NAME) {
            Unit unit = Unit.at(text, i);
            if (unit.invisible()) {
                i = unit.end;
                continue;
            }
            if (unit.meaning.isEmpty() || !isWordChar(unit.meaning.charAt(0))) {
                break;
            }
            name.append(unit.meaning);
            i = unit.end;
            if (NAMES.contains(name.toString()) && wordEndsAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The index after whitespace and invisible characters from {@code from}; -1 after more than a tag would hold. */
    private static int skipSpacing(String text, int from) {
        int i = from;
        for (int skipped = 0; i < text.length(); skipped++) {
            Unit unit = Unit.at(text, i);
            if (!unit.invisible() && !unit.meaning.isBlank()) {
                return i;
            }
            if (skipped >= MAX_SPACING) {
                return -1;
            }
            i = unit.end;
        }
        return i;
    }

    private static boolean wordEndsAt(String text, int index) {
        int i = index;
        while (i < text.length()) {
            Unit unit = Unit.at(text, i);
            if (!unit.invisible()) {
                return unit.meaning.isEmpty() || !isWordChar(unit.meaning.charAt(0));
            }
            i = unit.end;
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * One thing a reader sees: a character reference ({@code &lt;}, {@code &#60;}) or one code point, with what it
     * means once decoded, NFKC-normalised and lower-cased.
     */
    private record Unit(int start, int end, String meaning, boolean formatCharacter) {

        static Unit at(String text, int start) {
            char c = text.charAt(start);
            if (c < 0x80 && c != '&') {
                // ASCII stands for itself: the common case stays cheap.
                return new Unit(start, start + 1, String.valueOf(Character.toLowerCase(c)), false);
            }
            if (c == '&') {
                Unit reference = reference(text, start);
                if (reference != null) {
                    return reference;
                }
                return new Unit(start, start + 1, "&", false);
            }
            int codePoint = text.codePointAt(start);
            return new Unit(start, start + Character.charCount(codePoint), fold(Character.toString(codePoint)),
                    Character.getType(codePoint) == Character.FORMAT);
        }

        /** A character reference at {@code start}: {@code &name;}, {@code &#digits;}, {@code &#xhex;} (';' optional). */
        private static Unit reference(String text, int start) {
            int limit = Math.min(text.length(), start + MAX_REFERENCE);
            int i = start + 1;
            if (i < limit && text.charAt(i) == '#') {
                boolean hex = i + 1 < limit && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X');
                int digitsStart = hex ? i + 2 : i + 1;
                int j = digitsStart;
                while (j < limit && Character.digit(text.charAt(j), hex ? 16 : 10) >= 0 && j - digitsStart < 8) {
                    j++;
                }
                if (j == digitsStart) {
                    return null;
                }
                int codePoint = Integer.parseInt(text.substring(digitsStart, j), hex ? 16 : 10);
                if (!Character.isValidCodePoint(codePoint)) {
                    return null;
                }
                int end = j < text.length() && text.charAt(j) == ';' ? j + 1 : j;
                return new Unit(start, end, fold(Character.toString(codePoint)),
                        Character.getType(codePoint) == Character.FORMAT);
            }
            int j = i;
            while (j < limit && (Character.isLetterOrDigit(text.charAt(j)))) {
                j++;
            }
            // The longest known entity name that the text starts with (HTML reads "&lt" without ';' too).
            for (int end = j; end > i; end--) {
                String name = text.substring(i, end);
                if (Entities.isNamedEntity(name)) {
                    String decoded = Entities.getByName(name);
                    int unitEnd = end < text.length() && text.charAt(end) == ';' ? end + 1 : end;
                    return new Unit(start, unitEnd, fold(decoded), !decoded.isEmpty()
                            && Character.getType(decoded.codePointAt(0)) == Character.FORMAT);
                }
            }
            return null;
        }

        private static String fold(String text) {
            return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        }

        boolean means(char c) {
            return meaning.length() == 1 && meaning.charAt(0) == c;
        }

        /** Zero-width and direction marks, soft hyphens and the like: nothing a reader sees. */
        boolean invisible() {
            return formatCharacter || meaning.isEmpty();
        }
    }
}
