package dev.copydesk.drills;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Drill 5: the model answers 503 to everything for 60 s, then 429 with Retry-After: 5 to everything for 20 s. The
 * burst is bounded in time, not in calls: with the circuit open only canaries go out, so a burst of N calls would
 * last N probes (first run: 40 calls kept the circuit open for minutes).
 */
final class ModelOutageDrill implements Drill {

    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final Duration THROTTLED_FOR = Duration.ofSeconds(20);
    private static final int EVERY_CALL = 1_000_000;
    private static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public int number() {
        return 5;
    }

    @Override
    public String title() {
        return "5. model down 60 s, then 429s for 20 s";
    }

    @Override
    public AuditReport run(DrillContext context) {
        int count = context.quick ? 100 : 400;
        context.startWorker("worker-a");
        Drill.sendNormal(context, "d5", count);
        List<SentInput> inputs = context.producer.flush();
        context.note("sent %d articles", count);
        context.awaitOutcomes(count / 10, Duration.ofMinutes(3));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            context.llm.downFor(OUTAGE);
            context.note("model down for %s (503)", OUTAGE);
            timer.schedule(() -> {
                context.llm.throttleNext(EVERY_CALL, RETRY_AFTER_SECONDS);
                context.note("model back, but every call gets 429 with Retry-After: %d for %s", RETRY_AFTER_SECONDS,
                        THROTTLED_FOR);
            }, OUTAGE.toMillis(), TimeUnit.MILLISECONDS);
            timer.schedule(() -> {
                context.llm.throttleNext(0, RETRY_AFTER_SECONDS);
                context.note("429s over");
            }, OUTAGE.plus(THROTTLED_FOR).toMillis(), TimeUnit.MILLISECONDS);
            return context.settle(inputs, Duration.ofMinutes(8), ALL_OUTPUTS);
        } finally {
            timer.shutdownNow();
        }
    }
}
