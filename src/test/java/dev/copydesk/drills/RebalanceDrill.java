package dev.copydesk.drills;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Drill 4: a second worker joins and, later, leaves (SIGTERM) while the first keeps running: two rebalances. Every
 * third article's v1 stalls 20 s in the model, and its v2 is sent after the join: if a revoked partition's stalled
 * v1 still publishes after the new owner published v2, the auditor counts a version regression.
 */
final class RebalanceDrill implements Drill {

    static final String STALL = "stall";
    private static final Duration STALL_FOR = Duration.ofSeconds(20);
    /** copydesk.rewrite.max-in-flight, the worker's default. */
    private static final int SLOTS = 16;

    @Override
    public int number() {
        return 4;
    }

    @Override
    public String title() {
        return "4. second worker joins, then leaves (v1/v2 in flight)";
    }

    @Override
    public AuditReport run(DrillContext context) {
        int count = context.quick ? 150 : 600;
        context.llm.delayWhen(body -> body.contains(" v1 " + STALL + ")"), STALL_FOR);
        context.startWorker("worker-a");
        List<String> stalled = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "d4-" + i;
            boolean stall = i % 3 == 0;
            if (stall) {
                stalled.add(id);
            }
            String version = stall ? "v1 " + STALL : "v1";
            context.producer.send(Auditor.RAW, id, DrillArticles.raw(id, version, id + "-v1"), id,
                    DrillArticles.LOCALES, null, id + "-v1");
        }
        List<SentInput> inputs = new ArrayList<>(context.producer.flush());
        context.note("sent %d v1 articles, %d of which stall %s in the model", count, stalled.size(), STALL_FOR);
        context.awaitOutcomes(count / 10, Duration.ofMinutes(3));
        WorkerProcess second = context.startWorker("worker-b");
        context.note("second worker joined");
        for (String id : stalled) {
            Drill.sendNormal(context, id, "v2");
        }
        inputs.addAll(context.producer.flush());
        context.note("sent v2 of the %d stalled ids", stalled.size());
        Drills.sleep(STALL_FOR);
        Duration took = second.sigterm(Duration.ofSeconds(60));
        Instant left = Instant.now();
        context.note("second worker left (SIGTERM, exited in %.1f s)", took.toMillis() / 1000.0);
        AuditReport report = context.settle(inputs, Duration.ofMinutes(5), ALL_OUTPUTS);
        // Whether the remaining worker kept its slots busy: a stalled call holds one for 20 s by design.
        context.note("%s", ModelConcurrency.since(context.llm, left, body -> body.contains(" v1 " + STALL + ")"),
                SLOTS).describe("after the second worker left"));
        return report;
    }
}
