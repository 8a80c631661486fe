package dev.copydesk.drills;

import java.time.Duration;
import java.util.List;

/** Drill 6: every input of README's "Bad input" table (see {@link BadInputs}) spread through a normal stream. */
final class HostileMixDrill implements Drill {

    @Override
    public int number() {
        return 6;
    }

    @Override
    public String title() {
        return "6. hostile inputs in a normal stream";
    }

    @Override
    public AuditReport run(DrillContext context) {
        int count = context.quick ? 100 : 500;
        context.startWorker("worker-a");
        List<BadInputs.BadInput> bad = BadInputs.all("d6-bad-");
        int every = Math.max(1, count / bad.size());
        int nextBad = 0;
        for (int i = 0; i < count; i++) {
            Drill.sendNormal(context, "d6-" + i, "v1");
            if (i % every == 0 && nextBad < bad.size()) {
                send(context, bad.get(nextBad++));
            }
        }
        while (nextBad < bad.size()) {
            send(context, bad.get(nextBad++));
        }
        List<SentInput> inputs = context.producer.flush();
        context.note("sent %d normal articles and %d bad inputs", count, bad.size());
        return context.settle(inputs, Duration.ofMinutes(5), ALL_OUTPUTS);
    }

    private static void send(DrillContext context, BadInputs.BadInput input) {
        String key = input.key();
        String id = key.endsWith(":fr-FR") ? key.substring(0, key.length() - ":fr-FR".length()) : key;
        context.producer.send(input.topic(), key, input.value(), id, input.locales(), input.expected(), null);
    }
}
