package dev.copydesk.drills;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;

/**
 * Drill 1: the broker stopped (SIGTERM, a controlled shutdown) and restarted on the same port and data while
 * articles go through both stages: raw articles through the rewrite stage, and a feed written straight to
 * articles.rewritten (copies of one rewritten article the run produced, other ids) through the SEO stage.
 */
final class BrokerRestartDrill implements Drill {

    static final String SEO_FEED = "drill.seo-feed";
    private static final Duration DOWN_FOR = Duration.ofSeconds(15);

    @Override
    public int number() {
        return 1;
    }

    @Override
    public String title() {
        return "1. broker stopped and restarted";
    }

    @Override
    public AuditReport run(DrillContext context) {
        int rewriteCount = context.quick ? 100 : 1_000;
        int seoCount = context.quick ? 1_000 : 10_000;
        context.startWorker("worker-a");
        Drill.sendNormal(context, "d1", rewriteCount);
        List<SentInput> rewriteInputs = context.producer.flush();
        ObjectNode template = context.firstRecordOf(Auditor.REWRITTEN, Duration.ofMinutes(2));
        for (int i = 0; i < seoCount; i++) {
            String id = "d1-seo-" + i;
            SourceCoord identity = new SourceCoord(SEO_FEED, 0, i);
            context.producer.sendAs(identity, Auditor.REWRITTEN, id + ":fr-FR",
                    DrillArticles.rewrittenFrom(template, id, id, identity), id, DrillArticles.LOCALES, id);
        }
        List<SentInput> seoInputs = context.producer.flush();
        context.note("sent %d raw and %d rewritten articles", rewriteCount, seoCount);
        int total = rewriteCount + seoCount;
        context.awaitOutcomes(total / 4, Duration.ofMinutes(3));
        context.note("stopping the broker");
        context.broker.stop();
        context.note("broker stopped; down for %s", DOWN_FOR);
        Drills.sleep(DOWN_FOR);
        context.broker.start();
        context.note("broker restarted");
        return context.settle(Drill.concat(rewriteInputs, seoInputs), Duration.ofMinutes(6),
                Drill.allBut(Auditor.REWRITTEN));
    }
}
