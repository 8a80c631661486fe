package dev.copydesk.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.config.StageRoles;
import dev.copydesk.kafka.Outbound;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Re-feeds a stage from its input topic by appending copies of the selected records to that same topic: the
 * stage's live consumer group then works on them like on any new record, on every worker, scaled as usual, and its
 * committed offsets only move forward as they always do. The records are read by a consumer without a group
 * ({@link TopicReader}), so the replay itself commits nothing and joins nothing.
 * <p>
 * Only the newest record of each key in the range is copied: an older version would be overwritten on the compacted
 * published topic by the newer one anyway, and a rewrite replay would pay the model for it. Copies keep the key, the
 * partition, the value and the headers, plus {@link Outbound#REPLAY} (the replay id), which the stages carry onto
 * their outputs, and {@link #REPLAY_OF} (where the original is).
 */
final class Replay {

    /** topic/partition@offset of the record a replay copy was made from. */
    static final String REPLAY_OF = "copydesk-replay-of";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** What to replay. {@code ids} empty: every article; {@code locale} null: every locale. */
    record Request(StageRoles.Stage stage, Position from, Position to, Set<String> ids, String locale,
                   boolean dryRun) {
    }

    /** What was found and done; {@code copied} is what the broker acknowledged. */
    record Outcome(String replayId, long inRange, long matched, long selected, long copied, long failed) {
    }

    private final OpsSettings settings;
    private final Duration timeout;
    private final Duration progressInterval;
    private final PrintWriter out;

    Replay(OpsSettings settings, Duration timeout, Duration progressInterval, PrintWriter out) {
        this.settings = settings;
        this.timeout = timeout;
        this.progressInterval = progressInterval;
        this.out = out;
    }

    Outcome run(Request request) {
        TopicReader.requireReachable(settings.kafkaClient(), timeout);
        String topic = request.stage() == StageRoles.Stage.REWRITE ? settings.raw() : settings.rewritten();
        String group = request.stage() == StageRoles.Stage.REWRITE ? settings.rewriteGroup() : settings.seoGroup();
        String replayId = newReplayId();
        try (TopicReader reader = new TopicReader(settings.kafkaClient(), "copydesk-replay", timeout)) {
            Map<TopicPartition, long[]> ranges = reader.resolve(topic, request.from(), request.to());
            // Pass 1: the newest matching record of each key, by partition (keys of one partition only meet there).
            Map<Integer, Map<String, Long>> newest = new HashMap<>();
            long[] counts = new long[2];
            reader.read(ranges, record -> {
                counts[0]++;
                if (matches(request, record)) {
                    counts[1]++;
                    String key = record.key() == null ? "\u0000" + record.offset() : record.key();
                    newest.computeIfAbsent(record.partition(), p -> new HashMap<>()).put(key, record.offset());
                }
            });
            Map<Integer, Set<Long>> selected = new HashMap<>();
            newest.forEach((partition, byKey) -> selected.put(partition, new HashSet<>(byKey.values())));
            long total = selected.values().stream().mapToLong(Set::size).sum();
            String describe = describe(request, topic, ranges, counts[0], counts[1], total);
            if (request.dryRun()) {
                out.println("replay (dry run) " + describe);
                out.println(cost(request.stage(), total));
                out.println("dry run: nothing was sent");
                out.flush();
                return new Outcome(null, counts[0], counts[1], total, 0, 0);
            }
            out.println("replay " + replayId + " " + describe);
            out.println(cost(request.stage(), total));
            out.flush();
            Progress progress = new Progress(out, "replay " + replayId, total, progressInterval, System::nanoTime);
            long failed;
            try (Copier copier = new Copier(settings.kafkaClient(), "copydesk-replay", timeout, progress)) {
                reader.read(narrowed(ranges, selected), record -> {
                    Set<Long> offsets = selected.get(record.partition());
                    if (offsets != null && offsets.contains(record.offset())) {
                        copier.send(copy(record, replayId));
                    }
                });
                copier.flush();
                failed = copier.failed();
                progress.finish();
                if (failed > 0) {
                    throw new CommandFailedException(failed + " of " + total + " copies were refused by the broker"
                            + " (first: " + copier.firstFailure() + "); the " + progress.done() + " acknowledged "
                            + "ones are processed by the live group: run the replay again for the rest",
                            copier.firstFailure());
                }
            }
            out.printf(Locale.ROOT, "summary: replay %s copied %d records onto %s in %s; the live group %s works "
                            + "on them like on any new record (the replay commits no offset and joins no group); their "
                            + "outputs carry the header %s=%s%n", replayId, progress.done(), topic,
                    Progress.human(progress.elapsed()), group, Outbound.REPLAY, replayId);
            out.flush();
            return new Outcome(replayId, counts[0], counts[1], total, progress.done(), failed);
        }
    }

    private String describe(Request request, String topic, Map<TopicPartition, long[]> ranges, long inRange,
                            long matched, long total) {
        StringBuilder text = new StringBuilder();
        text.append("of stage ").append(request.stage().name().toLowerCase(Locale.ROOT)).append(" from ")
                .append(topic).append(": ").append(inRange).append(" records in range (");
        List<String> parts = new ArrayList<>();
        ranges.forEach((partition, range) -> parts.add(partition.partition() + ":" + range[0] + "-" + range[1]));
        text.append(String.join(", ", parts)).append(", end excluded), ").append(matched).append(" matching");
        if (!request.ids().isEmpty() || request.locale() != null) {
            text.append(" --ids/--locale");
        }
        text.append(", ").append(total).append(" to copy");
        if (matched > total) {
            text.append(" (").append(matched - total).append(" older versions of the same key left out: the newest"
                    + " replaces them anyway)");
        }
        return text.toString();
    }

    private static String cost(StageRoles.Stage stage, long total) {
        return stage == StageRoles.Stage.SEO
                ? "cost: no model call (the SEO stage calls no model); CPU of the SEO workers only"
                : "cost: up to the model calls of " + total + " articles, times their locales; an input the shared "
                + "rewrite cache has seen (same text, brief, prompts and model) costs no call";
    }

    private boolean matches(Request request, ConsumerRecord<String, byte[]> record) {
        String key = record.key();
        if (request.stage() == StageRoles.Stage.SEO) {
            // Rewritten records are keyed id:locale.
            int colon = key == null ? -1 : key.lastIndexOf(':');
            String id = colon > 0 ? key.substring(0, colon) : key;
            String locale = colon > 0 ? key.substring(colon + 1) : null;
            return (request.ids().isEmpty() || request.ids().contains(id))
                    && (request.locale() == null || sameLocale(request.locale(), locale));
        }
        return (request.ids().isEmpty() || request.ids().contains(key))
                && (request.locale() == null || targetLocales(record.value()).stream()
                .anyMatch(locale -> sameLocale(request.locale(), locale)));
    }

    /** The brief's target locales, else the configured default; none for a value that is not a JSON object. */
    private List<String> targetLocales(byte[] value) {
        if (value == null || value.length == 0) {
            return List.of();
        }
        try {
            JsonNode locales = MAPPER.readTree(value).path("brief").path("targetLocales");
            if (!locales.isArray() || locales.isEmpty()) {
                return settings.defaultTargetLocales();
            }
            List<String> found = new ArrayList<>();
            locales.forEach(locale -> found.add(locale.asText()));
            return found;
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    static boolean sameLocale(String wanted, String locale) {
        return locale != null && wanted.replace('_', '-').equalsIgnoreCase(locale.trim().replace('_', '-'));
    }

    /** Pass 2 reads each partition only from its first selected record to its last. */
    private static Map<TopicPartition, long[]> narrowed(Map<TopicPartition, long[]> ranges,
                                                        Map<Integer, Set<Long>> selected) {
        Map<TopicPartition, long[]> narrowed = new HashMap<>();
        ranges.forEach((partition, range) -> {
            Set<Long> offsets = selected.get(partition.partition());
            if (offsets != null && !offsets.isEmpty()) {
                long first = offsets.stream().mapToLong(Long::longValue).min().orElseThrow();
                long last = offsets.stream().mapToLong(Long::longValue).max().orElseThrow();
                narrowed.put(partition, new long[]{first, last + 1});
            }
        });
        return narrowed;
    }

    private static ProducerRecord<String, byte[]> copy(ConsumerRecord<String, byte[]> record, String replayId) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().equals(Outbound.REPLAY) && !header.key().equals(REPLAY_OF)) {
                headers.add(header);
            }
        }
        headers.add(Outbound.REPLAY, replayId.getBytes(StandardCharsets.UTF_8));
        headers.add(REPLAY_OF, (record.topic() + "/" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(), headers);
    }

    /** replay-20261129T140102Z-3fa2c1: sortable by time, unique enough for two operators in the same second. */
    static String newReplayId() {
        byte[] random = new byte[3];
        new SecureRandom().nextBytes(random);
        return "replay-" + ID_TIME.format(Instant.now()) + "-" + HexFormat.of().formatHex(random);
    }
}
