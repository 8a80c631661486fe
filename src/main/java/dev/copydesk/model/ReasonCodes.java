package dev.copydesk.model;

import java.util.regex.Pattern;

/**
 * The dead-letter reason codes both stages write (header {@code dead-letter-reason-code}, metrics {@code reason}),
 * and the bounded form of a code that is used as a Prometheus label. README's "Bad input" table lists them.
 */
public final class ReasonCodes {

    public static final String MALFORMED_JSON = "malformed-json";
    public static final String BODY_TOO_LARGE = "body-too-large";
    public static final String ID_TOO_LONG = "id-too-long";
    public static final String TOO_MANY_TARGET_LOCALES = "too-many-target-locales";
    public static final String TOO_MANY_IMAGES = "too-many-images";
    public static final String TOO_MANY_HIGHLIGHTS = "too-many-highlights";
    public static final String UNSUPPORTED_LOCALE = "unsupported-locale";
    public static final String UNSUPPORTED_LANGUAGE = "unsupported-language";
    public static final String UNKNOWN_LANGUAGE = "unknown-language";
    public static final String EMPTY_BODY = "empty-body";
    /** A bug (any exception or Error, StackOverflowError included) while processing this one record. */
    public static final String INTERNAL_ERROR = "internal-error";
    /** An output of this record (article, metrics event) is larger than the producer or the broker accepts. */
    public static final String OUTPUT_TOO_LARGE = "output-too-large";

    private static final String MISSING_FIELD = "missing-field:";
    private static final String INVALID_FIELD = "invalid-field:";
    private static final String FIELD_TOO_LONG = "field-too-long:";
    private static final String GATE_FAILED = "gate-failed:";

    /** Array indices in a field path: {@code images[3].url}. */
    private static final Pattern INDEX = Pattern.compile("\\[\\d*]");
    /** What a label may look like once indices are gone: known field names, never text from the record. */
    private static final Pattern BOUNDED_LABEL = Pattern.compile("[a-z][a-zA-Z0-9.:-]{0,63}");

    private ReasonCodes() {
    }

    /** {@code missing-field:<path>}, e.g. {@code missing-field:body}. */
    public static String missingField(String path) {
        return MISSING_FIELD + path;
    }

    /** {@code invalid-field:<path>}, e.g. {@code invalid-field:images[0].url}; the label drops the index. */
    public static String invalidField(String path) {
        return INVALID_FIELD + path;
    }

    /** {@code field-too-long:<path>} for a text field over copydesk.ingest.max-field-chars, path without index. */
    public static String fieldTooLong(String path) {
        return FIELD_TOO_LONG + path;
    }

    /**
     * The reason code as a metric label, from a bounded set: array indices are dropped
     * ({@code invalid-field:images[3].url} becomes {@code invalid-field:images.url}), a list of failed gates
     * becomes {@code gate-failed}, and anything that does not look like a code made of field names falls back to
     * the part before its first colon. The dead-letter header keeps the full code.
     */
    public static String metricLabel(String reasonCode) {
        if (reasonCode == null || reasonCode.isBlank()) {
            return "unknown";
        }
        if (reasonCode.startsWith(GATE_FAILED)) {
            return GATE_FAILED.substring(0, GATE_FAILED.length() - 1);
        }
        String label = INDEX.matcher(reasonCode).replaceAll("").replace("..", ".");
        if (BOUNDED_LABEL.matcher(label).matches()) {
            return label;
        }
        int colon = label.indexOf(':');
        String family = colon > 0 ? label.substring(0, colon) : label;
        return BOUNDED_LABEL.matcher(family).matches() ? family : "unknown";
    }
}
