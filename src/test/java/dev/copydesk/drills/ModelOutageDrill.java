package dev.copydesk.drills;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Drill 5: the model answers 503 to everything for 60 s, then a burst of 429s with Retry-After: 5. */
final class ModelOutageDrill implements Drill {

    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final int THROTTLED_CALLS = 40;
    private static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public int number() {
        return 5;
    }

    @Override
    public String title() {
        return "5. model down 60 s, then 429 burst";
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
                context.llm.throttleNext(THROTTLED_CALLS, RETRY_AFTER_SECONDS);
                context.note("model back; the next %d calls get 429 with Retry-After: %d", THROTTLED_CALLS,
                        RETRY_AFTER_SECONDS);
            }, OUTAGE.toMillis(), TimeUnit.MILLISECONDS);
            return context.settle(inputs, Duration.ofMinutes(8), ALL_OUTPUTS);
        } finally {
            timer.shutdownNow();
        }
    }
}
