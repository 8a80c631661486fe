package dev.copydesk.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes what aggregators and CMS exports leave in wire copy: "Source link" trailers, photo credits and photo
 * positions in parentheses, and photo captions pasted into the text (a caption shows up as a paragraph repeated
 * right after itself, or as a repeat of an earlier paragraph, often with "(photo: …)"). Captions are set apart for
 * the images; everything else, quotes included, is kept exactly.
 *
 * <p>The text is untrusted: every step is a single scan, linear in its length, with no regular expression whose
 * backtracking could make a long run of dots, spaces or brackets cost quadratic time.
 */
public final class BoilerplateCleaner {

    /** Paragraph starts that mark a trailer to drop, lower case; "source : link" is matched however spaced. */
    private static final List<String> TRAILERS = List.of("source link", "lien source", "read more", "lire la suite",
            "advertisement", "publicité");
    /** First words of a parenthesis that is a note about a photo, not body text. */
    private static final Set<String> PHOTO_WORDS = Set.of("photo", "photos", "crédit", "credit", "image", "picture",
            "pictured", "illustration");
    private static final int LONGEST_PHOTO_WORD = "illustration".length();
    /** Characters a photo note may hold after its first word, before its closing parenthesis. */
    private static final int PHOTO_NOTE_MAX_CHARS = 80;
    private static final String BULLETS = "•\u25CF\u25AA*-–";
    /**
     * Combining marks kept in a row before normalising a fingerprint: Unicode's stream-safe limit. Canonical
     * reordering sorts each run of marks, so an unbounded run would cost quadratic time.
     */
    private static final int MAX_COMBINING_RUN = 30;

    /** The cleaned body, with its highlights and stray captions set apart. */
    public record Cleaned(List<String> paragraphs, List<String> highlights, List<String> strayCaptions) {
    }

    public Cleaned clean(List<String> rawParagraphs) {
        List<String> paragraphs = new ArrayList<>();
        List<String> highlights = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String previous = null;
        boolean previousKept = false;
        boolean leadingBullets = true;
        for (String raw : rawParagraphs) {
            if (isTrailer(raw)) {
                continue;
            }
            String text = withoutPhotoNotes(raw).strip();
            boolean hadPhotoNote = !text.equals(raw.strip());
            if (text.isEmpty()) {
                continue;
            }
            int bulletEnd = bulletEnd(text);
            if (bulletEnd > 0) {
                if (leadingBullets) {
                    highlights.add(text.substring(bulletEnd));
                    continue;
                }
            } else {
                leadingBullets = false;
            }
            String fingerprint = fingerprint(text);
            if (fingerprint.equals(previous)) {
                // A paragraph immediately repeated is a photo caption exported twice: neither copy is body text.
                // (When the first copy was itself a repeat, it was never kept: there is nothing to take back.)
                if (previousKept) {
                    captions.add(paragraphs.remove(paragraphs.size() - 1));
                }
                previous = null;
                previousKept = false;
                continue;
            }
            previous = fingerprint;
            previousKept = seen.add(fingerprint);
            if (previousKept) {
                paragraphs.add(text);
            } else if (hadPhotoNote) {
                // A repeat of earlier text that names a photo position is that photo's caption.
                captions.add(text);
            }
        }
        return new Cleaned(paragraphs, highlights, captions);
    }

    /** Whether the paragraph starts with a trailer phrase as whole words, whatever its case. */
    static boolean isTrailer(String paragraph) {
        String head = paragraph.substring(0, Math.min(paragraph.length(), 40)).toLowerCase(Locale.ROOT);
        for (String trailer : TRAILERS) {
            if (head.startsWith(trailer) && wordEndsAt(head, trailer.length())) {
                return true;
            }
        }
        // "source: link", "Source : link"
        if (head.startsWith("source")) {
            int i = skipSpaces(head, "source".length());
            if (i < head.length() && head.charAt(i) == ':') {
                i = skipSpaces(head, i + 1);
                return head.startsWith("link", i) && wordEndsAt(head, i + "link".length());
            }
        }
        return false;
    }

    /**
     * The paragraph without notes such as "(photo : à droite)" or "(Crédit AFP)" and the spaces before them: a
     * parenthesis that opens with one of {@link #PHOTO_WORDS} and closes within {@value #PHOTO_NOTE_MAX_CHARS}
     * characters. Bounded work per parenthesis, so linear in the paragraph.
     */
    static String withoutPhotoNotes(String text) {
        StringBuilder out = null;
        int copiedUpTo = 0;
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int close = photoNoteEnd(text, open);
            if (close < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copiedUpTo, open);
            int keep = out.length();
            while (keep > 0 && BodyText.isAsciiSpace(out.charAt(keep - 1))) {
                keep--;
            }
            out.setLength(keep);
            copiedUpTo = close + 1;
            open = close;
        }
        return out == null ? text : out.append(text, copiedUpTo, text.length()).toString();
    }

    /** Index of the ')' closing a photo note that opens at {@code open}, or -1 when it is not one. */
    private static int photoNoteEnd(String text, int open) {
        int wordEnd = open + 1;
        while (wordEnd < text.length() && wordEnd - open - 1 <= LONGEST_PHOTO_WORD
                && BodyText.isWordChar(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (!PHOTO_WORDS.contains(text.substring(open + 1, wordEnd).toLowerCase(Locale.ROOT))
                || (wordEnd < text.length() && BodyText.isWordChar(text.charAt(wordEnd)))) {
            return -1;
        }
        int limit = Math.min(text.length(), wordEnd + PHOTO_NOTE_MAX_CHARS + 1);
        for (int i = wordEnd; i < limit; i++) {
            if (text.charAt(i) == ')') {
                return i;
            }
        }
        return -1;
    }

    /** Where the text after a leading bullet and its spaces starts, or 0 when the text does not start with one. */
    static int bulletEnd(String text) {
        if (text.isEmpty() || BULLETS.indexOf(text.charAt(0)) < 0) {
            return 0;
        }
        int end = skipSpaces(text, 1);
        return end > 1 ? end : 0;
    }

    /** Equal for paragraphs that differ only in apostrophes, quotes, spacing, case or trailing punctuation. */
    static String fingerprint(String text) {
        String folded = Normalizer.normalize(streamSafe(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int end = folded.length();
        while (end > 0 && isSpaceOrEndPunctuation(folded.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end);
        boolean inSpace = false;
        for (int i = 0; i < end; i++) {
            char c = folded.charAt(i);
            if (BodyText.isAsciiSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
                continue;
            }
            inSpace = false;
            out.append(switch (c) {
                case '\u2018', '\u2019', '\u02BC', '`', '´' -> '\'';
                case '\u201C', '\u201D', '«', '»' -> '"';
                default -> c;
            });
        }
        return out.toString();
    }

    /** The text with runs of combining marks cut to {@value #MAX_COMBINING_RUN}: normalising it is then linear. */
    static String streamSafe(String text) {
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            run = isCombiningMark(codePoint) ? run + 1 : 0;
            if (run > MAX_COMBINING_RUN && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && run <= MAX_COMBINING_RUN) {
                out.appendCodePoint(codePoint);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isCombiningMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isSpaceOrEndPunctuation(char c) {
        return BodyText.isAsciiSpace(c) || c == '.' || c == '!' || c == '?';
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && BodyText.isAsciiSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean wordEndsAt(String text, int index) {
        return index >= text.length() || !BodyText.isWordChar(text.charAt(index));
    }
}
