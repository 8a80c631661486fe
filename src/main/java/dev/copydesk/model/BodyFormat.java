package dev.copydesk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How the raw body is written. */
public enum BodyFormat {
    TEXT("text"), MARKDOWN("markdown"), HTML("html");

    private final String wireName;

    BodyFormat(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static BodyFormat fromWire(String value) {
        if (value == null) {
            return null;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (BodyFormat format : values()) {
            if (format.wireName.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("format must be one of text, markdown, html; got '" + value + "'");
    }
}
