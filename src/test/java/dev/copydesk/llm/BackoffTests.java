package dev.copydesk.llm;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackoffTests {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    @Test
    void doublesAfterEachFailureUntilCapped() {
        assertEquals(Duration.ofSeconds(1), backoff.delay(1, 1.0));
        assertEquals(Duration.ofSeconds(2), backoff.delay(2, 1.0));
        assertEquals(Duration.ofSeconds(16), backoff.delay(5, 1.0));
        assertEquals(Duration.ofSeconds(30), backoff.delay(6, 1.0));
        assertEquals(Duration.ofSeconds(30), backoff.delay(500, 1.0));
    }

    @Test
    void jitterDrawsBetweenHalfAndAllOfTheWait() {
        assertEquals(Duration.ofMillis(4000), backoff.delay(4, 0.0));
        assertEquals(Duration.ofMillis(6000), backoff.delay(4, 0.5));
    }
}
