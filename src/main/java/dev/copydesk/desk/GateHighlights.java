package dev.copydesk.desk;

import dev.copydesk.model.GateResult;
import dev.copydesk.rewrite.gates.EntitiesKeptGate;
import dev.copydesk.rewrite.gates.InstructionsInSourceGate;
import dev.copydesk.rewrite.gates.InventedNumbersGate;
import dev.copydesk.rewrite.gates.LeakedInstructionsGate;
import dev.copydesk.rewrite.gates.MarkupGate;
import dev.copydesk.rewrite.gates.QuotesVerbatimGate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a failed gate applies in the text, from what its message names: the numbers the rewrite invented, the names
 * and quotations of the source it left out, the instructions found in the source, the markup or meta talk in the
 * rewrite. The gates' messages are the only detail a review record carries, so this reads them; a message it does
 * not recognise highlights nothing (the gate is still listed with its message).
 */
public final class GateHighlights {

    /** Which text a term is found in. */
    public enum Side { SOURCE, REWRITE }

    /** A piece of text to mark, and the gate that names it. */
    public record Term(String text, String gate, Side side) {
    }

    /** A run of text, marked when {@code gate} is not null. */
    public record Segment(String text, String gate) {
        public boolean marked() {
            return gate != null;
        }
    }

    private static final Pattern NUMBERS = Pattern.compile("^the numbers? (.+?) appears? in the output");
    private static final Pattern NAMES = Pattern.compile("names the source gives: (.+?); name these");
    private static final Pattern QUOTATIONS = Pattern.compile("^the quotations? (.+?) from the source");
    private static final Pattern QUOTED = Pattern.compile("«\\s*(.+?)\\s*»|“(.+?)”");
    private static final Pattern SINGLE_QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern LEAKED = Pattern.compile("not part of the article: (.+?); remove it");
    private static final Pattern MARKUP = Pattern.compile("contains markup: (.+?); write plain");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(", | and ");
    /** An empty term would match everywhere. */
    private static final int MIN_TERM_CHARS = 1;

    private GateHighlights() {
    }

    /** The terms named by the failed gates among {@code gates}. */
    public static List<Term> of(List<GateResult> gates) {
        List<Term> terms = new ArrayList<>();
        for (GateResult gate : gates) {
            if (gate.passed() || gate.message() == null) {
                continue;
            }
            String message = gate.message();
            switch (gate.code()) {
                case InventedNumbersGate.CODE -> listed(NUMBERS, message)
                        .forEach(text -> terms.add(new Term(text, gate.code(), Side.REWRITE)));
                case EntitiesKeptGate.CODE -> listed(NAMES, message)
                        .forEach(text -> terms.add(new Term(text, gate.code(), Side.SOURCE)));
                case MarkupGate.CODE -> listed(MARKUP, message)
                        .forEach(text -> terms.add(new Term(text, gate.code(), Side.REWRITE)));
                case QuotesVerbatimGate.CODE -> {
                    Matcher quotations = QUOTATIONS.matcher(message);
                    if (quotations.find()) {
                        Matcher quoted = QUOTED.matcher(quotations.group(1));
                        while (quoted.find()) {
                            String text = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
                            // The gate shortens long quotations with an ellipsis: their beginning is marked.
                            terms.add(new Term(text.endsWith("…") ? text.substring(0, text.length() - 1).strip()
                                    : text, gate.code(), Side.SOURCE));
                        }
                    }
                }
                case InstructionsInSourceGate.CODE -> singleQuoted(message)
                        .forEach(text -> terms.add(new Term(text, gate.code(), Side.SOURCE)));
                case LeakedInstructionsGate.CODE -> {
                    Matcher leaked = LEAKED.matcher(message);
                    if (leaked.find()) {
                        singleQuoted(leaked.group(1))
                                .forEach(text -> terms.add(new Term(text, gate.code(), Side.REWRITE)));
                    }
                }
                default -> {
                    // length, structure, language, similarity: the whole text, nothing in particular to mark
                }
            }
        }
        return terms.stream().filter(term -> term.text().strip().length() >= MIN_TERM_CHARS).toList();
    }

    /** The terms of one side. */
    public static List<Term> on(Side side, List<Term> terms) {
        return terms.stream().filter(term -> term.side() == side).toList();
    }

    /**
     * {@code text} cut into runs, each occurrence of a term (case-insensitive, whole words: "3" does not mark the
     * 3 of "30") marked with its gate; the longest term wins where two start at the same place.
     */
    public static List<Segment> segments(String text, List<Term> terms) {
        List<Segment> segments = new ArrayList<>();
        if (text == null) {
            return segments;
        }
        List<Term> longestFirst = terms.stream()
                .sorted(Comparator.comparingInt((Term term) -> term.text().length()).reversed()).toList();
        int plainStart = 0;
        int i = 0;
        while (i < text.length()) {
            Term found = null;
            for (Term term : longestFirst) {
                String word = term.text();
                if (text.regionMatches(true, i, word, 0, word.length()) && boundaryBefore(text, i, word)
                        && boundaryAfter(text, i + word.length(), word)) {
                    found = term;
                    break;
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            if (i > plainStart) {
                segments.add(new Segment(text.substring(plainStart, i), null));
            }
            int end = i + found.text().length();
            segments.add(new Segment(text.substring(i, end), found.gate()));
            i = end;
            plainStart = end;
        }
        if (plainStart < text.length()) {
            segments.add(new Segment(text.substring(plainStart), null));
        }
        return segments;
    }

    private static boolean boundaryBefore(String text, int start, String word) {
        return start == 0 || !Character.isLetterOrDigit(word.charAt(0))
                || !Character.isLetterOrDigit(text.charAt(start - 1));
    }

    private static boolean boundaryAfter(String text, int end, String word) {
        return end >= text.length() || !Character.isLetterOrDigit(word.charAt(word.length() - 1))
                || !Character.isLetterOrDigit(text.charAt(end));
    }

    private static List<String> listed(Pattern pattern, String message) {
        Matcher matcher = pattern.matcher(message);
        if (!matcher.find()) {
            return List.of();
        }
        return LIST_SEPARATOR.splitAsStream(matcher.group(1)).map(String::strip)
                .filter(text -> !text.isEmpty() && !text.equals("others")).toList();
    }

    private static List<String> singleQuoted(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = SINGLE_QUOTED.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).strip());
        }
        return found;
    }
}
