package dev.copydesk.seo.language;

import java.util.Map;

/** The languages that have their own rules: the one line to add for a new one. */
final class KnownLanguages {

    private static final Map<String, LanguageRules> RULES = Map.of(
            "fr", new FrenchRules(),
            "en", new EnglishRules());

    private KnownLanguages() {
    }

    static LanguageRules rulesFor(String language) {
        LanguageRules rules = RULES.get(language);
        return rules != null ? rules : new GenericRules(language == null ? "" : language);
    }
}
