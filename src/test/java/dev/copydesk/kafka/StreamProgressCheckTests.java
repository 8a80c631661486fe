package dev.copydesk.kafka;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamProgressCheckTests {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @Test
    void aBacklogWithNothingInProgressAndNothingBegunForTooLongIsAStall() {
        assertTrue(StreamProgressCheck.stalled(0, 23L, NOW.minus(Duration.ofMinutes(4)), NOW, TIMEOUT));
    }

    @Test
    void recordsWaitingOnAModelOutageAreInProgressNotStalled() {
        assertFalse(StreamProgressCheck.stalled(16, 500, NOW.minus(Duration.ofMinutes(30)), NOW, TIMEOUT));
    }

    @Test
    void anIdleTopicIsNotStalled() {
        assertFalse(StreamProgressCheck.stalled(0, 0, NOW.minus(Duration.ofHours(5)), NOW, TIMEOUT));
    }

    @Test
    void aRecentlyBegunRecordIsNotAStall() {
        assertFalse(StreamProgressCheck.stalled(0, 23, NOW.minus(Duration.ofMinutes(1)), NOW, TIMEOUT));
    }
}
