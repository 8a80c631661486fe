package dev.copydesk.kafka;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputLimitsTests {

    @Test
    void theDefaultProducerLimitFitsTheBrokersDefault() {
        assertEquals(List.of(), OutputLimits.violations(Map.of("articles.published", 1_000_000L),
                Map.of("articles.published", 1_048_588L)));
    }

    @Test
    void kafkasOwnDefaultsLeaveNoRoomForAnIncompressibleRecord() {
        List<String> violations = OutputLimits.violations(Map.of("articles.published", 1_048_576L),
                Map.of("articles.published", 1_048_588L));
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).startsWith("topic articles.published accepts batches of at most 1048588"),
                violations.get(0));
    }

    @Test
    void aTopicWithALowerLimitIsReportedAndOthersAreNot() {
        List<String> violations = OutputLimits.violations(
                Map.of("articles.published", 1_000_000L, "articles.metrics", 1_000_000L),
                Map.of("articles.published", 500_000L, "articles.metrics", 1_048_588L));
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).contains("articles.published"), violations.get(0));
    }

    @Test
    void aTopicWhoseLimitIsUnknownIsNotReported() {
        assertEquals(List.of(), OutputLimits.violations(Map.of("articles.dlq", 1_000_000L), Map.of()));
    }
}
