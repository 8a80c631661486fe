package dev.copydesk.rewrite.gates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds direct quotations in a paragraph: text between « » (with or without spaces, breaking or not, inside),
 * “ ” , „ “, ‘ ’ (English single quotes, told apart from apostrophes) and pairs of straight {@code "}. A quotation
 * never spans paragraphs; an unpaired mark starts nothing.
 *
 * <p>One forward scan per kind of mark, no regular expression: the text is untrusted, and an unclosed ‘ before a
 * 1,500-word paragraph must cost a read of the paragraph, not a stack overflow or a quadratic search.
 */
final class Quotations {

    /** One quotation: its words as written (marks and surrounding spaces left out) and where it starts. */
    record Quotation(String text, int start, int end) {
    }

    /** A kind of quotation: its opening mark, and the marks that close it. */
    private record Marks(char opening, String closing) {
    }

    private static final Marks[] PAIRED = {
            new Marks('«', "»"), new Marks('„', "“”"), new Marks('“', "”"), new Marks('"', "\"")};

    private Quotations() {
    }

    /** The quotations of one paragraph, in reading order; nested quotations are listed too. */
    static List<Quotation> in(String paragraph) {
        List<Quotation> found = new ArrayList<>();
        for (Marks marks : PAIRED) {
            if (paragraph.indexOf(marks.opening) >= 0) {
                findPaired(paragraph, marks, found);
            }
        }
        if (paragraph.indexOf('‘') >= 0) {
            findSingle(paragraph, found);
        }
        found.sort(Comparator.comparingInt(Quotation::start));
        return found;
    }

    /**
     * Text from an opening mark to the next closing one; another opening mark before it (or, for a mark that opens
     * and closes alike, nothing) means the first was unpaired, and the search goes on from there.
     */
    private static void findPaired(String text, Marks marks, List<Quotation> found) {
        int open = text.indexOf(marks.opening);
        while (open >= 0) {
            int i = open + 1;
            while (i < text.length() && marks.closing.indexOf(text.charAt(i)) < 0
                    && (text.charAt(i) != marks.opening || marks.closing.indexOf(marks.opening) >= 0)) {
                i++;
            }
            if (i >= text.length()) {
                return;
            }
            if (marks.closing.indexOf(text.charAt(i)) >= 0) {
                add(text, open, i + 1, found);
                open = text.indexOf(marks.opening, i + 1);
            } else {
                open = i;
            }
        }
    }

    /**
     * English single quotes: ‘ not after a letter or digit opens; inside, ’ before a letter is an apostrophe
     * ("don’t"); ’ not followed by a letter or digit closes.
     */
    private static void findSingle(String text, List<Quotation> found) {
        int open = nextSingleOpening(text, 0);
        while (open >= 0) {
            int i = open + 1;
            int next = -1;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '‘') {
                    next = nextSingleOpening(text, i);
                    break;
                }
                if (c == '’') {
                    boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
                    boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
                    if (!letterAfter && !digitAfter) {
                        add(text, open, i + 1, found);
                        next = nextSingleOpening(text, i + 1);
                        break;
                    }
                    if (digitAfter) {
                        next = nextSingleOpening(text, i + 1);
                        break;
                    }
                }
                i++;
            }
            if (i >= text.length()) {
                return;
            }
            open = next;
        }
    }

    private static int nextSingleOpening(String text, int from) {
        for (int at = text.indexOf('‘', from); at >= 0; at = text.indexOf('‘', at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return at;
            }
        }
        return -1;
    }

    /** The quotation between the marks at {@code start} and {@code end - 1}, if it has a word. */
    private static void add(String text, int start, int end, List<Quotation> found) {
        if (end - start < 3) {
            return;
        }
        String inside = withoutSpacesAround(text.substring(start + 1, end - 1));
        if (hasWord(inside)) {
            found.add(new Quotation(inside, start, end));
        }
    }

    /** French typography puts (no-break) spaces inside « »: they are not part of the quotation. */
    private static String withoutSpacesAround(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && GateText.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && GateText.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The quotations of several paragraphs, in reading order. */
    static List<Quotation> in(List<String> paragraphs) {
        List<Quotation> found = new ArrayList<>();
        for (String paragraph : paragraphs) {
            found.addAll(in(paragraph));
        }
        return found;
    }

    private static boolean hasWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
