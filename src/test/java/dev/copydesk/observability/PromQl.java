package dev.copydesk.observability;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads. Not a PromQL parser: it removes what cannot be a metric name (string
 * literals, label matchers, range and subquery brackets, the label lists of {@code by}, {@code without}, {@code on},
 * {@code ignoring}, {@code group_left}, {@code group_right}), then keeps every identifier that is neither a function
 * or aggregation (followed by {@code (}), a keyword, nor a number. So a selector counts whether it is followed by
 * {@code {}, by {@code [} or by nothing ({@code x > 0}), inside a function or not.
 */
public final class PromQl {

    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern BRACKETS = Pattern.compile("\\[[^]]*]");
    private static final Pattern LABEL_LISTS = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFSET = Pattern.compile("\\boffset\\s+-?[0-9a-z]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "by", "without", "on",
            "ignoring", "group_left", "group_right", "offset", "inf", "nan", "atan2");

    private PromQl() {
    }

    public static Set<String> metricNames(String expression) {
        String text = STRINGS.matcher(expression).replaceAll(" ");
        text = LABEL_MATCHERS.matcher(text).replaceAll(" ");
        text = BRACKETS.matcher(text).replaceAll(" ");
        text = OFFSET.matcher(text).replaceAll(" ");
        text = LABEL_LISTS.matcher(text).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = IDENTIFIER.matcher(text);
        while (matcher.find()) {
            String name = matcher.group();
            if (matcher.start() > 0 && Character.isDigit(text.charAt(matcher.start() - 1))) {
                continue; // the unit of a number such as 1e3, or of a duration outside brackets
            }
            if (KEYWORDS.contains(name.toLowerCase())) {
                continue;
            }
            if (text.substring(matcher.end()).stripLeading().startsWith("(")) {
                continue; // a function or an aggregation
            }
            names.add(name);
        }
        return names;
    }
}
