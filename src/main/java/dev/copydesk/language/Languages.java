package dev.copydesk.language;

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

    /** ISO 639-1 codes of the languages with rules, sorted. */
    public static Set<String> codes() {
        return new TreeSet<>(RULES.keySet());
    }
}
