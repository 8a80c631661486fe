package dev.copydesk.language;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The languages that have rules: the one line to add for a new one. */
public final class Languages {

    private static final Map<String, Language> RULES = Map.of(
            "fr", new French(),
            "en", new English(),
            "es", new Spanish(),
            "de", new German(),
            "it", new Italian(),
            "pt", new Portuguese(),
            "nl", new Dutch());

    private Languages() {
    }

    /** The rules of an ISO 639-1 language. */
    public static Language of(String code) {
        Language rules = code == null ? null : RULES.get(code);
        if (rules == null) {
            throw new UnsupportedLanguageException(code);
        }
        return rules;
    }

    public static boolean supports(String code) {
        return code != null && RULES.containsKey(code);
    }

    /**
     * {@code codes} if every one has rules; otherwise an exception naming those without, so that a worker configured
     * to accept a language it cannot handle does not start rather than handle it blindly.
     */
    public static <C extends java.util.Collection<String>> C requireSupported(C codes) {
        List<String> unsupported = codes.stream().map(String::strip).filter(code -> !supports(code)).sorted().toList();
        if (!unsupported.isEmpty()) {
            throw new UnsupportedLanguageException(String.join(", ", unsupported));
        }
        return codes;
    }

    /** ISO 639-1 codes of the languages with rules, sorted. */
    public static Set<String> codes() {
        return new TreeSet<>(RULES.keySet());
    }
}
