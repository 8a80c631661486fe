package dev.copydesk.drills;

import java.time.Duration;
import java.util.List;

/** Drill 2: the worker SIGKILLed with calls in flight, then started again. */
final class WorkerKillDrill implements Drill {

    @Override
    public int number() {
        return 2;
    }

    @Override
    public String title() {
        return "2. worker SIGKILL, restarted";
    }

    @Override
    public AuditReport run(DrillContext context) {
        int count = context.quick ? 200 : 1_000;
        WorkerProcess first = context.startWorker("worker-a");
        Drill.sendNormal(context, "d2", count);
        List<SentInput> inputs = context.producer.flush();
        context.note("sent %d articles", count);
        int seen = context.awaitOutcomes(count / 4, Duration.ofMinutes(3));
        first.sigkill();
        context.note("SIGKILL after %d outcome records, model calls in flight: %d so far", seen,
                context.llm.requestCount());
        context.startWorker("worker-b");
        context.note("restarted");
        return context.settle(inputs, Duration.ofMinutes(5), ALL_OUTPUTS);
    }
}
