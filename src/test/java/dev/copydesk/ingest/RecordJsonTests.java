package dev.copydesk.ingest;

import dev.copydesk.model.RewrittenArticle;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordJsonTests {

    private static RejectedInputException rejection(byte[] value) {
        return assertThrows(RejectedInputException.class, () -> RecordJson.read(value, RewrittenArticle.class));
    }

    private static RejectedInputException rejection(String value) {
        return rejection(value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTombstoneIsMalformedJson() {
        RejectedInputException rejected = rejection((byte[]) null);
        assertEquals("malformed-json", rejected.reasonCode());
        assertTrue(rejected.getMessage().contains("tombstone"), rejected.getMessage());
    }

    @Test
    void anEmptyOrBlankValueIsMalformedJson() {
        assertEquals("malformed-json", rejection(new byte[0]).reasonCode());
        assertEquals("malformed-json", rejection("  \n").reasonCode());
    }

    @Test
    void aJsonNullIsMalformedJsonNotANullArticle() {
        RejectedInputException rejected = rejection("null");
        assertEquals("malformed-json", rejected.reasonCode());
        assertTrue(rejected.getMessage().contains("not null"), rejected.getMessage());
    }

    @Test
    void garbageAndNonObjectsAreMalformedJson() {
        assertEquals("malformed-json", rejection("\u00ff\u00fe garbage").reasonCode());
        assertEquals("malformed-json", rejection("[1, 2]").reasonCode());
        assertEquals("malformed-json", rejection("\"just a string\"").reasonCode());
    }

    @Test
    void anObjectThatCannotBeTheTypeIsMalformedJson() {
        RejectedInputException rejected = rejection("{\"id\": \"a\", \"locale\": \"fr-FR\", \"title\": \"t\"}");
        assertEquals("malformed-json", rejected.reasonCode());
        assertTrue(rejected.getMessage().startsWith("not a RewrittenArticle"), rejected.getMessage());
    }

    @Test
    void aDeeplyNestedValueIsMalformedJsonNotAStackOverflow() {
        assertEquals("malformed-json", rejection("[".repeat(100_000) + "]".repeat(100_000)).reasonCode());
        assertEquals("malformed-json", rejection("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)).reasonCode());
    }
}
