package dev.copydesk.language;

/** A language copydesk has no rules for: refused rather than handled with another language's lists. */
public final class UnsupportedLanguageException extends IllegalArgumentException {

    public UnsupportedLanguageException(String code) {
        super("no language rules for '" + code + "'; languages with rules: " + String.join(", ", Languages.codes()));
    }
}
