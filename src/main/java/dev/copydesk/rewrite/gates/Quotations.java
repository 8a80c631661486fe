package dev.copydesk.rewrite.gates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations in a paragraph: text between « » (with or without spaces, breaking or not, inside),
 * “ ” , „ “, ‘ ’ (English single quotes, told apart from apostrophes) and pairs of straight {@code "}. A quotation
 * never spans paragraphs; an unpaired mark starts nothing.
 */
final class Quotations {

    private static final String SPACE = "[\\s\\u00A0\\u202F\\u2009\\u2007]";
    private static final Pattern[] PATTERNS = {
            Pattern.compile("«" + SPACE + "*([^«»]+?)" + SPACE + "*»"),
            Pattern.compile("„([^„“”]+?)[“”]"),
            Pattern.compile("“([^“”]+?)”"),
            Pattern.compile("\"([^\"]+?)\""),
            Pattern.compile("(?<![\\p{L}\\p{N}])‘((?:[^‘’]|’(?=\\p{L}))+?)’(?![\\p{L}\\p{N}])"),
    };
    /** The opening mark of each pattern: a pattern is only tried on text that has it. */
    private static final char[] OPENING = {'«', '„', '“', '"', '‘'};

    /** One quotation: its words as written (marks and surrounding spaces left out) and where it starts. */
    record Quotation(String text, int start, int end) {
    }

    private Quotations() {
    }

    /** The quotations of one paragraph, in reading order; nested quotations are listed too. */
    static List<Quotation> in(String paragraph) {
        List<Quotation> found = new ArrayList<>();
        for (int p = 0; p < PATTERNS.length; p++) {
            if (paragraph.indexOf(OPENING[p]) < 0) {
                continue;
            }
            Matcher matcher = PATTERNS[p].matcher(paragraph);
            while (matcher.find()) {
                String text = matcher.group(1).strip();
                if (hasWord(text)) {
                    found.add(new Quotation(text, matcher.start(), matcher.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Quotation::start));
        return found;
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
