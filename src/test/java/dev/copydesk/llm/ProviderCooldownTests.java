package dev.copydesk.llm;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProviderCooldownTests {

    private final FakeTime time = new FakeTime();
    private final ProviderCooldown cooldown = new ProviderCooldown(time);

    @Test
    void waitsTheSecondsRetryAfterNames() {
        cooldown.retryAfter("7");
        assertEquals(Duration.ofSeconds(7), cooldown.remaining());
        time.advance(Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(2), cooldown.remaining());
        time.advance(Duration.ofSeconds(5));
        assertEquals(Duration.ZERO, cooldown.remaining());
    }

    @Test
    void readsAnHttpDate() {
        cooldown.retryAfter("Thu, 01 Jan 2026 00:00:30 GMT");
        assertEquals(Duration.ofSeconds(30), cooldown.remaining());
    }

    @Test
    void keepsTheLaterOfTwoDeadlinesAndCapsBogusValues() {
        cooldown.retryAfter("20");
        cooldown.retryAfter("3");
        assertEquals(Duration.ofSeconds(20), cooldown.remaining());
        cooldown.retryAfter("999999");
        assertEquals(ProviderCooldown.MAX_WAIT, cooldown.remaining());
    }

    @Test
    void ignoresUnreadableValues() {
        cooldown.retryAfter("soon");
        cooldown.retryAfter(null);
        assertEquals(Duration.ZERO, cooldown.remaining());
    }
}
