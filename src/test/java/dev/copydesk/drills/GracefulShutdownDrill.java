package dev.copydesk.drills;

import java.time.Duration;
import java.util.List;

/**
 * Drill 3: SIGTERM under load (COPYDESK_SHUTDOWN_GRACE=10s, a setting being added), then a new worker. How long the
 * worker took to exit is reported; past 60 s (the chart's terminationGracePeriodSeconds) it is SIGKILLed as
 * Kubernetes would.
 */
final class GracefulShutdownDrill implements Drill {

    private static final Duration KUBERNETES_GRACE = Duration.ofSeconds(60);

    @Override
    public int number() {
        return 3;
    }

    @Override
    public String title() {
        return "3. SIGTERM under load, restarted";
    }

    @Override
    public AuditReport run(DrillContext context) {
        int count = context.quick ? 200 : 1_000;
        WorkerProcess first = context.startWorker("worker-a");
        Drill.sendNormal(context, "d3", count);
        List<SentInput> inputs = context.producer.flush();
        context.note("sent %d articles", count);
        int seen = context.awaitOutcomes(count / 4, Duration.ofMinutes(3));
        context.note("SIGTERM after %d outcome records", seen);
        Duration took = first.sigterm(KUBERNETES_GRACE);
        context.note("worker exited %.1f s after SIGTERM%s", took.toMillis() / 1000.0,
                took.compareTo(KUBERNETES_GRACE) >= 0 ? " (killed at the grace limit)" : "");
        context.startWorker("worker-b");
        context.note("restarted");
        return context.settle(inputs, Duration.ofMinutes(5), ALL_OUTPUTS);
    }
}
