package dev.copydesk.drills;

import dev.copydesk.testing.OpenAiStub;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * How busy the workers kept the model from an instant on, from the stub's exchanges: a worker that lost processing
 * slots (the trickle of issue 9) shows as few calls in flight while inputs wait, whereas a worker at full concurrency
 * whose calls are merely long (stalled by the drill) keeps its slots full.
 */
record ModelConcurrency(int calls, int matching, double meanInFlight, int maxInFlight, Duration window, int slots,
                        Duration busyAtFullConcurrency) {

    /**
     * @param from     the start of the window; calls still in flight then count from there
     * @param matching which calls to count apart (the drill's stalled ones, say)
     * @param slots    calls one worker may have in flight (copydesk.rewrite.max-in-flight)
     */
    static ModelConcurrency since(OpenAiStub llm, Instant from, Predicate<String> matching, int slots) {
        List<OpenAiStub.Exchange> calls = new ArrayList<>();
        for (OpenAiStub.Exchange exchange : llm.exchanges()) {
            if (exchange.answered().isAfter(from)) {
                calls.add(exchange);
            }
        }
        if (calls.isEmpty()) {
            return new ModelConcurrency(0, 0, 0, 0, Duration.ZERO, slots, Duration.ZERO);
        }
        Instant end = calls.stream().map(OpenAiStub.Exchange::answered).max(Instant::compareTo).orElseThrow();
        long busyNanos = 0;
        List<long[]> events = new ArrayList<>();
        int matched = 0;
        for (OpenAiStub.Exchange call : calls) {
            Instant start = call.received().isBefore(from) ? from : call.received();
            long nanos = Duration.between(start, call.answered()).toNanos();
            busyNanos += nanos;
            events.add(new long[] {Duration.between(from, start).toNanos(), 1});
            events.add(new long[] {Duration.between(from, call.answered()).toNanos(), -1});
            if (matching.test(call.body())) {
                matched++;
            }
        }
        // Ends before starts at the same instant: a slot handed on is not two calls at once.
        events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int inFlight = 0;
        int max = 0;
        for (long[] event : events) {
            inFlight += (int) event[1];
            max = Math.max(max, inFlight);
        }
        Duration window = Duration.between(from, end);
        double mean = window.isZero() ? 0 : (double) busyNanos / window.toNanos();
        return new ModelConcurrency(calls.size(), matched, mean, max, window, slots,
                Duration.ofNanos(busyNanos / slots));
    }

    String describe(String what) {
        return String.format("model calls %s: %d (%d stalled), %.1f in flight on average, at most %d, over %.0f s;"
                        + " the same calls %d at a time would take %.0f s", what, calls, matching, meanInFlight,
                maxInFlight, window.toMillis() / 1000.0, slots, busyAtFullConcurrency.toMillis() / 1000.0);
    }
}
