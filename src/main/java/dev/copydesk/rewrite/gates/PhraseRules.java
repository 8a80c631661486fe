package dev.copydesk.rewrite.gates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of phrase patterns over lower-cased text, each guarded by a literal that must occur for the pattern to be
 * tried: most texts contain none of the literals, so a check costs a few {@code String.contains} calls rather than
 * a scan by a large case-insensitive alternation. A pattern that starts with a letter only matches at the start
 * of a word; patterns end their own words with {@link #END}.
 */
final class PhraseRules {

    /** End of a word: no letter or digit follows. */
    static final String END = "(?![\\p{L}\\p{N}])";

    private record Rule(String trigger, Pattern pattern, boolean wordStart) {
    }

    /** Where a phrase was found in the text. */
    record Span(int start, int end) {
    }

    private final List<Rule> rules = new ArrayList<>();

    /** Adds {@code regex} (lower case, no flags needed), tried only when the text contains {@code trigger}. */
    PhraseRules add(String trigger, String regex) {
        rules.add(new Rule(trigger, Pattern.compile(regex), Character.isLetter(regex.charAt(0))));
        return this;
    }

    /** The phrases found in {@code lower} (lower-cased text), in order, overlapping finds merged into the longest. */
    List<Span> find(String lower) {
        List<Span> spans = new ArrayList<>();
        for (Rule rule : rules) {
            if (!lower.contains(rule.trigger)) {
                continue;
            }
            Matcher matcher = rule.pattern.matcher(lower);
            while (matcher.find()) {
                int start = matcher.start();
                if (rule.wordStart && start > 0 && Character.isLetterOrDigit(lower.charAt(start - 1))) {
                    continue;
                }
                spans.add(new Span(start, matcher.end()));
            }
        }
        if (spans.size() < 2) {
            return spans;
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> merged = new ArrayList<>(spans.size());
        for (Span span : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() < last.end()) {
                if (span.end() > last.end()) {
                    merged.set(merged.size() - 1, new Span(last.start(), span.end()));
                }
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** The text of {@code span} as written in {@code original}, of which {@code lower} is the lower-cased form. */
    static String textOf(Span span, String original, String lower) {
        String from = original.length() == lower.length() ? original : lower;
        return from.substring(span.start(), span.end()).strip();
    }
}
