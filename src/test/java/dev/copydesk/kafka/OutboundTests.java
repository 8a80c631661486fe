package dev.copydesk.kafka;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OutboundTests {

    @Test
    void aKeyIsCutToWholeCodePointsWithinTheByteBudget() {
        assertEquals("abc", Outbound.utf8Prefix("abcdef", 3));
        assertEquals("é", Outbound.utf8Prefix("éé", 3), "é is 2 bytes: a second one would make 4");
        assertEquals("a", Outbound.utf8Prefix("a😀", 4), "the emoji is 4 bytes and is not split");
        assertEquals("short", Outbound.utf8Prefix("short", 16_384));
        assertNull(Outbound.utf8Prefix(null, 10));
        String cut = Outbound.utf8Prefix("ü".repeat(10_000), 16_384);
        assertEquals(16_384, cut.getBytes(StandardCharsets.UTF_8).length);
    }
}
