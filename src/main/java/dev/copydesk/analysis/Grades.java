package dev.copydesk.analysis;

import dev.copydesk.model.Assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The three grades every assessment gives (good 9, ok 6, bad 3, as Yoast rates: red up to 4, orange 5–7, green
 * 8–10), the threshold bands that pick one, and the 0–100 overall score.
 */
public final class Grades {

    public static final int GOOD = 9;
    public static final int OK = 6;
    public static final int BAD = 3;

    private Grades() {
    }

    /** GOOD up to {@code goodMax}, OK up to {@code okMax}, BAD above. */
    public static int atMost(double value, double goodMax, double okMax) {
        return value <= goodMax ? GOOD : value <= okMax ? OK : BAD;
    }

    /** GOOD from {@code goodMin}, OK from {@code okMin}, BAD below. */
    public static int atLeast(double value, double goodMin, double okMin) {
        return value >= goodMin ? GOOD : value >= okMin ? OK : BAD;
    }

    /**
     * 0–100: the scores' sum over what they would sum to were each good (9), capped at 100. An article whose
     * every check is good scores 100, whatever the number of checks that applied to it.
     */
    public static int overall(List<Assessment> assessments) {
        if (assessments.isEmpty()) {
            return 0;
        }
        int sum = assessments.stream().mapToInt(Assessment::score).sum();
        return (int) Math.min(100, Math.round(100.0 * sum / (GOOD * assessments.size())));
    }

    /**
     * {@code template} with its {@code %d}, {@code %s}, {@code %.Nf} and {@code %%} filled in as
     * {@code String.format(Locale.ROOT, …)} would (decimals rounded half up, a point as separator whatever the JVM's
     * locale), without {@link java.util.Formatter}'s cost: every article gets some twenty messages.
     */
    public static String format(String template, Object... values) {
        StringBuilder message = new StringBuilder(template.length() + 32);
        int next = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '%') {
                message.append(c);
                continue;
            }
            char kind = template.charAt(++i);
            if (kind == '%') {
                message.append('%');
            } else if (kind == 'd' || kind == 's') {
                message.append(values[next++]);
            } else if (kind == '.') {
                int places = template.charAt(++i) - '0';
                i++; // the 'f'
                message.append(BigDecimal.valueOf(((Number) values[next++]).doubleValue())
                        .setScale(places, RoundingMode.HALF_UP).toPlainString());
            } else {
                throw new IllegalArgumentException("unsupported conversion %" + kind + " in " + template);
            }
        }
        return message.toString();
    }

    /** Share of {@code part} in {@code whole}, in percent; 0 for an empty whole. */
    public static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
