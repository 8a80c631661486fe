package dev.copydesk.seo;

import java.util.Optional;
import java.util.regex.Pattern;

/** Whitespace clean-up shared by every rule, so that lengths are measured on the text that is published. */
final class Whitespace {

    // ASCII whitespace only: a no-break space is kept because French typography puts one before ":", "?" and "»",
    // and a cut must never separate those.
    private static final Pattern RUNS = Pattern.compile("\\s+");

    private Whitespace() {
    }

    /** {@code text} on one line with single spaces; "" for null. */
    static String collapse(String text) {
        return text == null ? "" : RUNS.matcher(text).replaceAll(" ").strip();
    }

    /** The collapsed text, or empty when there is none. */
    static Optional<String> nonBlank(String text) {
        String collapsed = collapse(text);
        return collapsed.isEmpty() ? Optional.empty() : Optional.of(collapsed);
    }
}
