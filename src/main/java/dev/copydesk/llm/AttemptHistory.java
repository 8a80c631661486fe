package dev.copydesk.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The calls made for one request to the model and how each failed: what decides when to give up on it, and what its
 * dead letter says in headers. Holds status codes, exception class names, counts and durations only: no message, URL
 * or header of the call, so nothing secret can leak through it. One instance per request, on one thread.
 */
public final class AttemptHistory {

    /** Calls made for the request, failed ones included (canaries are not counted). */
    public static final String ATTEMPTS_HEADER = "llm-attempts";
    /** Each failed call in order, {@code number:what/whose}, e.g. {@code 1:http-500/article,2:timeout/shared}. */
    public static final String FAILURES_HEADER = "llm-failures";
    /** Failures that were the article's own: the provider answered other calls meanwhile. */
    public static final String ARTICLE_FAILURES_HEADER = "llm-article-failures";
    /** Milliseconds from the first call to giving up. */
    public static final String ELAPSED_HEADER = "llm-elapsed-ms";

    /** Failures listed in {@link #FAILURES_HEADER}, the latest ones; a long outage would otherwise make it huge. */
    static final int MAX_LISTED = 20;

    /** Whose fault a failed call was. */
    public enum Whose {
        /** This request's own: the provider answered other calls meanwhile. */
        ARTICLE,
        /** Shared with other calls: the provider was failing everyone (an outage), or nothing showed otherwise. */
        SHARED,
        /** A 429: the provider's quota, not a failure of anyone. */
        THROTTLED,
        /** The provider refused this request as such (400, 413, 422). */
        REJECTED;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Clock clock;
    private final Instant startedAt;
    private final Deque<String> listed = new ArrayDeque<>();
    private final Map<Whose, Integer> counts = new EnumMap<>(Whose.class);
    private int attempts;
    private int failures;
    private Duration articleTime = Duration.ZERO;

    AttemptHistory(Clock clock) {
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    void attempted() {
        attempts++;
    }

    /**
     * Records a failed call. {@code cost} is the time it cost this request: it counts toward the article's time
     * limit when the failure was the article's own.
     */
    void failed(String what, Whose whose, Duration cost) {
        failures++;
        counts.merge(whose, 1, Integer::sum);
        if (whose == Whose.ARTICLE) {
            articleTime = articleTime.plus(cost);
        }
        listed.addLast(failures + ":" + what + "/" + whose.label());
        if (listed.size() > MAX_LISTED) {
            listed.removeFirst();
        }
    }

    public int attempts() {
        return attempts;
    }

    public int failures() {
        return failures;
    }

    public int count(Whose whose) {
        return counts.getOrDefault(whose, 0);
    }

    /** Time spent on calls that failed on their own and on the waits after them. */
    public Duration articleTime() {
        return articleTime;
    }

    public Duration elapsed() {
        return Duration.between(startedAt, clock.instant());
    }

    /** The failed calls, oldest first, e.g. {@code 1:http-500/article,2:timeout/shared}. */
    public String failureList() {
        String earlier = failures > listed.size() ? "(" + (failures - listed.size()) + " earlier)," : "";
        return earlier + String.join(",", listed);
    }

    /** The history as dead-letter headers. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ATTEMPTS_HEADER, String.valueOf(attempts));
        headers.put(FAILURES_HEADER, failureList());
        headers.put(ARTICLE_FAILURES_HEADER, String.valueOf(count(Whose.ARTICLE)));
        headers.put(ELAPSED_HEADER, String.valueOf(elapsed().toMillis()));
        return headers;
    }

    @Override
    public String toString() {
        return attempts + " calls in " + elapsed().toMillis() + " ms: " + failureList();
    }
}
