package dev.copydesk.llm;

import java.time.Duration;

/**
 * Exponential backoff with jitter: the wait doubles after each failure up to {@code max}, and each wait is drawn
 * between half and all of that, so that workers retrying the same outage do not hit the provider in step.
 */
public record Backoff(Duration initial, Duration max) {

    /** The wait after the {@code failures}-th consecutive failure (1-based); {@code random} is in [0, 1). */
    public Duration delay(int failures, double random) {
        long ceiling = initial.toMillis() << Math.min(Math.max(failures - 1, 0), 20);
        long capped = Math.min(Math.max(ceiling, 1), max.toMillis());
        return Duration.ofMillis(capped / 2 + Math.round(capped / 2.0 * random));
    }
}
