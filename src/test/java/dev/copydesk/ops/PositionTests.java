package dev.copydesk.ops;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PositionTests {

    @Test
    void aTimeWithAnOffsetIsAnInstant() {
        assertEquals(new Position.AtTime(Instant.parse("2026-11-29T09:00:00Z")),
                Position.parse("--from", "2026-11-29T10:00:00+01:00"));
    }

    @Test
    void aDateIsMidnightUtc() {
        assertEquals(new Position.AtTime(Instant.parse("2026-11-29T00:00:00Z")), Position.parse("--to", "2026-11-29"));
    }

    @Test
    void partitionOffsetPairsAreReadByPartition() {
        assertEquals(new Position.AtOffsets(Map.of(0, 120L, 3, 4000L)), Position.parse("--from", " 3:4000, 0:120 "));
    }

    @Test
    void badInputNamesTheOptionAndTheAcceptedForms() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> Position.parse("--to", " "));
        assertTrue(empty.getMessage().startsWith("--to is empty"), empty.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> Position.parse("--from", "1:-5"));
        assertTrue(negative.getMessage().contains("'1:-5' is not partition:offset"), negative.getMessage());
        IllegalArgumentException word = assertThrows(IllegalArgumentException.class,
                () -> Position.parse("--from", "last week"));
        assertTrue(word.getMessage().contains(Position.ACCEPTED), word.getMessage());
    }
}
