package dev.copydesk.llm;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The provider's "Retry-After": when it answers 429 (or 503) with that header, no call of this worker goes out
 * before the time it named. A quota is per provider, not per request, so one answer holds back every caller.
 */
@ApplicationScoped
public class ProviderCooldown {

    /** Longest wait we accept from a header, so a bogus value cannot park the worker for a day. */
    static final Duration MAX_WAIT = Duration.ofMinutes(10);

    private final Clock clock;
    private final AtomicReference<Instant> notBefore = new AtomicReference<>(Instant.EPOCH);

    public ProviderCooldown() {
        this(Clock.systemUTC());
    }

    ProviderCooldown(Clock clock) {
        this.clock = clock;
    }

    /** Records a Retry-After header value: delay-seconds or an HTTP date. Unreadable values are ignored. */
    public void retryAfter(String headerValue) {
        Duration wait = parse(headerValue);
        if (wait == null || wait.isNegative()) {
            return;
        }
        Instant until = clock.instant().plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
        notBefore.accumulateAndGet(until, (current, proposed) -> proposed.isAfter(current) ? proposed : current);
    }

    /** How long callers must still wait; zero when they may go. */
    public Duration remaining() {
        Duration left = Duration.between(clock.instant(), notBefore.get());
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Duration parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(trimmed) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                return Duration.between(clock.instant(),
                        ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
