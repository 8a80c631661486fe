package dev.copydesk.drills;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One drill of issue 9: sends inputs, injects its fault, and returns the auditor's report. */
interface Drill {

    /** Every output topic counts for the longest pause unless the drill writes inputs to one of them. */
    Set<String> ALL_OUTPUTS = Set.copyOf(Auditor.OUTPUT_TOPICS);

    int number();

    /** The row's name in the table. */
    String title();

    AuditReport run(DrillContext context);

    /** The directory and log name of this drill. */
    default String slug() {
        return number() + "-" + getClass().getSimpleName().replace("Drill", "").replaceAll("([a-z])([A-Z])", "$1-$2")
                .toLowerCase();
    }

    /** {@code count} normal raw articles with ids {@code prefix-i}, version v1. */
    static void sendNormal(DrillContext context, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            sendNormal(context, prefix + "-" + i, "v1");
        }
    }

    static void sendNormal(DrillContext context, String id, String version) {
        String marker = id + "-" + version;
        context.producer.send(Auditor.RAW, id, DrillArticles.raw(id, version, marker), id, DrillArticles.LOCALES,
                null, marker);
    }

    static Set<String> allBut(String topic) {
        return ALL_OUTPUTS.stream().filter(each -> !each.equals(topic)).collect(Collectors.toUnmodifiableSet());
    }

    static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
