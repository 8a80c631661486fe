package dev.copydesk.drills;

import dev.copydesk.kafka.DeadLetter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Accounts for every input × locale a drill sent, from the records on the output topics: published, review (a
 * published article with status needs_review, or a record on articles.review) or dead letter, else lost. Counts
 * duplicates (one (key, source) published more than once, or one (source, locale) dead-lettered more than once) and
 * version regressions (on articles.published, per key in partition order, a source offset lower than one already
 * seen for the key; or a key whose last record is not the latest version that was published). Pure: it reads
 * nothing itself ({@link OutputTopics} does), so its rules are unit-tested on hand-built records.
 * <p>
 * An output is matched to its input by, in order: a dead letter's {@code dead-letter-topic/partition/offset}
 * headers, the value's {@code sourceVersion}, and until the product writes that field, {@link MarkerFallback}.
 */
public final class Auditor {

    public static final String RAW = "articles.raw";
    public static final String REWRITTEN = "articles.rewritten";
    public static final String PUBLISHED = "articles.published";
    public static final String REVIEW = "articles.review";
    public static final String DLQ = "articles.dlq";
    public static final String METRICS = "articles.metrics";
    /** Every topic the worker writes. */
    public static final List<String> OUTPUT_TOPICS = List.of(REWRITTEN, PUBLISHED, REVIEW, DLQ, METRICS);
    /** The topics whose records are outcomes of an input. */
    public static final Set<String> OUTCOME_TOPICS = Set.of(PUBLISHED, REVIEW, DLQ);

    private static final int SAMPLES_PER_KIND = 5;
    private static final String NEEDS_REVIEW = "needs_review";

    private final List<SentInput> inputs;
    private final Map<SourceCoord, SentInput> byCoord = new HashMap<>();
    private final Map<String, List<SentInput>> byId;
    private final MarkerFallback fallback;

    public Auditor(List<SentInput> inputs) {
        this.inputs = List.copyOf(inputs);
        for (SentInput input : inputs) {
            byCoord.put(input.source(), input);
        }
        byId = inputs.stream().filter(input -> input.id() != null).collect(Collectors.groupingBy(SentInput::id));
        fallback = new MarkerFallback(inputs);
    }

    /**
     * @param pauseTopics the topics whose record timestamps count for the longest pause: every output topic,
     *                    except one the drill itself writes inputs to
     */
    public AuditReport audit(List<OutputRecord> outputs, Set<String> pauseTopics) {
        Samples samples = new Samples();
        Map<Slot, SlotState> slots = new LinkedHashMap<>();
        for (SentInput input : inputs) {
            for (String locale : input.locales()) {
                slots.put(new Slot(input.source(), locale), new SlotState());
            }
        }
        Map<List<Object>, Integer> publishedCopies = new HashMap<>();
        Map<List<Object>, Integer> deadLetterCopies = new HashMap<>();
        List<Attributed> published = new ArrayList<>();
        int unattributed = 0;
        int sourceVersionMissing = 0;

        for (OutputRecord record : outputs) {
            if (!OUTCOME_TOPICS.contains(record.topic())) {
                continue;
            }
            SentInput input = attribute(record);
            if (input == null) {
                unattributed++;
                samples.add("unattributed", record.topic() + "/" + record.partition() + "@" + record.offset()
                        + " key " + record.key());
                continue;
            }
            if (record.topic().equals(DLQ)) {
                String locale = record.header(DeadLetter.LOCALE);
                deadLetterCopies.merge(List.of(input.source(), Objects.toString(locale)), 1, Integer::sum);
                // A record rejected before fan-out has no locale: its one dead letter accounts for all of them.
                for (String each : locale == null ? input.locales() : List.of(locale)) {
                    SlotState state = slots.get(new Slot(input.source(), each));
                    if (state == null) {
                        samples.add("dead letter for a locale not sent", input.source() + " " + each);
                    } else {
                        state.deadLettered = true;
                    }
                }
                continue;
            }
            String locale = localeOf(record);
            SlotState state = slots.get(new Slot(input.source(), locale));
            if (state == null) {
                unattributed++;
                samples.add("unattributed", record.topic() + " key " + record.key() + " for " + input.source());
                continue;
            }
            if (record.topic().equals(REVIEW)) {
                state.onReview = true;
                continue;
            }
            if (record.facts() == null || record.facts().sourceVersion() == null) {
                sourceVersionMissing++;
            }
            if (record.facts() != null && NEEDS_REVIEW.equals(record.facts().status())) {
                state.publishedForReview = true;
            } else {
                state.published = true;
            }
            publishedCopies.merge(List.of(record.key(), input.source()), 1, Integer::sum);
            published.add(new Attributed(record, input, locale));
        }

        int[] counts = new int[Outcome.values().length];
        int unexpected = 0;
        for (Map.Entry<Slot, SlotState> entry : slots.entrySet()) {
            Outcome outcome = entry.getValue().outcome();
            counts[outcome.ordinal()]++;
            SentInput input = byCoord.get(entry.getKey().source());
            if (outcome == Outcome.LOST) {
                samples.add("lost", input.id() + " " + entry.getKey().locale() + " from " + input.source());
            } else if (input.expected() != null && input.expected() != outcome) {
                unexpected++;
                samples.add("unexpected outcome", input.id() + " " + entry.getKey().locale() + ": " + outcome
                        + ", expected " + input.expected());
            }
        }
        int duplicates = extraCopies(publishedCopies, "duplicate publication", samples)
                + extraCopies(deadLetterCopies, "duplicate dead letter", samples);
        int regressions = versionRegressions(published, slots, samples);
        return new AuditReport(inputs.size(), slots.size(), counts[Outcome.PUBLISHED.ordinal()],
                counts[Outcome.REVIEW.ordinal()], counts[Outcome.DEAD_LETTER.ordinal()],
                counts[Outcome.LOST.ordinal()], duplicates, regressions, longestPause(outputs, pauseTopics),
                unattributed, unexpected, sourceVersionMissing, samples.all());
    }

    /** The input an outcome record came from, or null. */
    SentInput attribute(OutputRecord record) {
        if (record.topic().equals(DLQ)) {
            SentInput byHeaders = fromHeaders(record);
            if (byHeaders != null) {
                return byHeaders;
            }
        }
        if (record.facts() != null && record.facts().sourceVersion() != null) {
            SentInput byVersion = byCoord.get(record.facts().sourceVersion());
            if (byVersion != null) {
                return byVersion;
            }
        }
        return fallback.match(record.facts()); // FALLBACK until sourceVersion ships: see MarkerFallback
    }

    private SentInput fromHeaders(OutputRecord record) {
        String topic = record.header(DeadLetter.TOPIC);
        String partition = record.header(DeadLetter.PARTITION);
        String offset = record.header(DeadLetter.OFFSET);
        if (topic == null || partition == null || offset == null) {
            return null;
        }
        try {
            return byCoord.get(new SourceCoord(topic, Integer.parseInt(partition), Long.parseLong(offset)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The locale of a published or review record: its value's, else the key's part after the last ':'. */
    private static String localeOf(OutputRecord record) {
        if (record.facts() != null && record.facts().locale() != null) {
            return record.facts().locale();
        }
        String key = record.key();
        return key == null || key.lastIndexOf(':') < 0 ? null : key.substring(key.lastIndexOf(':') + 1);
    }

    private static int extraCopies(Map<List<Object>, Integer> copies, String kind, Samples samples) {
        int extra = 0;
        for (Map.Entry<List<Object>, Integer> entry : copies.entrySet()) {
            if (entry.getValue() > 1) {
                extra += entry.getValue() - 1;
                samples.add(kind, entry.getKey() + " x" + entry.getValue());
            }
        }
        return extra;
    }

    /**
     * Per key of articles.published, in partition order: each record whose source offset is below one already seen
     * for the key; then each key whose last record is older than the latest version of that id × locale that
     * reached the topic at all (a key already counted is not counted twice).
     */
    private int versionRegressions(List<Attributed> published, Map<Slot, SlotState> slots, Samples samples) {
        Map<String, List<Attributed>> byKey = published.stream()
                .sorted(Comparator.comparingInt((Attributed a) -> a.record().partition())
                        .thenComparingLong(a -> a.record().offset()))
                .collect(Collectors.groupingBy(a -> a.record().key(), LinkedHashMap::new, Collectors.toList()));
        int regressions = 0;
        for (Map.Entry<String, List<Attributed>> entry : byKey.entrySet()) {
            List<Attributed> records = entry.getValue();
            boolean counted = false;
            long highest = Long.MIN_VALUE;
            for (Attributed each : records) {
                long offset = each.input().source().offset();
                if (offset < highest) {
                    regressions++;
                    counted = true;
                    samples.add("version regression", entry.getKey() + ": " + each.input().source()
                            + " published after a newer version, at " + PUBLISHED + "/"
                            + each.record().partition() + "@" + each.record().offset());
                }
                highest = Math.max(highest, offset);
            }
            Attributed last = records.get(records.size() - 1);
            long latest = latestPublishedVersion(last, slots);
            if (!counted && last.input().source().offset() < latest) {
                regressions++;
                samples.add("version regression", entry.getKey() + ": last record is " + last.input().source()
                        + ", latest version published is offset " + latest);
            }
        }
        return regressions;
    }

    /** The highest source offset among the inputs of the same id, topic and locale that were published. */
    private long latestPublishedVersion(Attributed last, Map<Slot, SlotState> slots) {
        long latest = last.input().source().offset();
        for (SentInput version : byId.getOrDefault(last.input().id(), List.of())) {
            SlotState state = slots.get(new Slot(version.source(), last.locale()));
            if (state != null && (state.published || state.publishedForReview)
                    && version.source().topic().equals(last.input().source().topic())) {
                latest = Math.max(latest, version.source().offset());
            }
        }
        return latest;
    }

    /** The largest gap between consecutive output timestamps, from the first output of the run to the last. */
    static Duration longestPause(List<OutputRecord> outputs, Set<String> pauseTopics) {
        long[] times = outputs.stream().filter(record -> pauseTopics.contains(record.topic()))
                .mapToLong(OutputRecord::timestamp).sorted().toArray();
        long longest = 0;
        for (int i = 1; i < times.length; i++) {
            longest = Math.max(longest, times[i] - times[i - 1]);
        }
        return Duration.ofMillis(longest);
    }

    private record Slot(SourceCoord source, String locale) {
    }

    private record Attributed(OutputRecord record, SentInput input, String locale) {
    }

    /** What the output topics say about one input × locale; several may hold after a replay. */
    private static final class SlotState {
        boolean published;
        boolean publishedForReview;
        boolean onReview;
        boolean deadLettered;

        Outcome outcome() {
            if (published) {
                return Outcome.PUBLISHED;
            }
            if (publishedForReview || onReview) {
                return Outcome.REVIEW;
            }
            return deadLettered ? Outcome.DEAD_LETTER : Outcome.LOST;
        }
    }

    /** A few examples of each kind of problem, for the report. */
    private static final class Samples {
        private final Map<String, Integer> seen = new LinkedHashMap<>();
        private final List<String> kept = new ArrayList<>();

        void add(String kind, String example) {
            int count = seen.merge(kind, 1, Integer::sum);
            if (count <= SAMPLES_PER_KIND) {
                kept.add(kind + ": " + example);
            }
        }

        List<String> all() {
            List<String> all = new ArrayList<>(kept);
            seen.forEach((kind, count) -> {
                if (count > SAMPLES_PER_KIND) {
                    all.add(kind + ": ... " + (count - SAMPLES_PER_KIND) + " more");
                }
            });
            return all;
        }
    }
}
