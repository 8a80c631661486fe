package dev.copydesk.ops;

import dev.copydesk.kafka.DeadLetter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sends dead letters back to the topic they were read from, once the cause is fixed: the original key, value and
 * headers (the dead-letter headers removed) to the original partition, with {@link DeadLetter#REDRIVE_COUNT} one
 * higher than the dead letter's and {@link DeadLetter#REDRIVEN_FROM} naming it. The stages copy the original headers
 * onto a new dead letter, so a record that fails again comes back with its count, and one whose count reached
 * {@code copydesk.redrive.max-count} is not sent again: nothing loops.
 * <p>
 * Left out, and counted: a dead letter a later dead letter names as its origin (it was re-driven already and failed
 * again: the later one stands for it), a second dead letter of the same source record (one per failed locale: the
 * record is sent once and makes every locale again), a fallback dead letter (its payload is cut: the original is at
 * the topic, partition and offset its headers give), and one without a source topic.
 */
final class Redrive {

    /** What to re-drive: {@code reason} is a reason code, or a prefix ending in {@code *}; {@code since} may be null. */
    record Request(String reason, Instant since, boolean dryRun) {
    }

    record Outcome(long deadLetters, long matching, long selected, long atCap, long superseded, long sameSource,
                   long truncated, long noSource, long sent) {
    }

    private final OpsSettings settings;
    private final Duration timeout;
    private final Duration progressInterval;
    private final PrintWriter out;

    Redrive(OpsSettings settings, Duration timeout, Duration progressInterval, PrintWriter out) {
        this.settings = settings;
        this.timeout = timeout;
        this.progressInterval = progressInterval;
        this.out = out;
    }

    Outcome run(Request request) {
        TopicReader.requireReachable(settings.kafkaClient(), timeout);
        int cap = settings.maxRedriveCount();
        Instant started = Instant.now();
        try (TopicReader reader = new TopicReader(settings.kafkaClient(), "copydesk-redrive", timeout)) {
            Position from = request.since() == null ? null : new Position.AtTime(request.since());
            Map<TopicPartition, long[]> ranges = reader.resolve(settings.dlq(), from, null);
            List<Candidate> candidates = new ArrayList<>();
            Set<String> redrivenAgain = new HashSet<>();
            long[] seen = new long[1];
            reader.read(ranges, record -> {
                seen[0]++;
                String origin = header(record, DeadLetter.REDRIVEN_FROM);
                if (origin != null) {
                    redrivenAgain.add(origin);
                }
                if (reasonMatches(request.reason(), header(record, DeadLetter.REASON_CODE))) {
                    candidates.add(Candidate.of(record));
                }
            });
            long atCap = 0, superseded = 0, sameSource = 0, truncated = 0, noSource = 0;
            Set<String> sources = new HashSet<>();
            Map<Integer, Set<Long>> selected = new HashMap<>();
            for (Candidate candidate : candidates) {
                if (redrivenAgain.contains(candidate.coordinates())) {
                    superseded++;
                } else if (candidate.truncated()) {
                    truncated++;
                } else if (candidate.sourceTopic() == null) {
                    noSource++;
                } else if (candidate.count() >= cap) {
                    atCap++;
                } else if (!sources.add(candidate.source())) {
                    sameSource++;
                } else {
                    selected.computeIfAbsent(candidate.partition(), p -> new HashSet<>()).add(candidate.offset());
                }
            }
            long total = selected.values().stream().mapToLong(Set::size).sum();
            out.printf(Locale.ROOT, "redrive%s of reason %s from %s%s: %d dead letters read, %d with that reason, "
                            + "%d to send back; left out: %d at the cap of %d trips (copydesk.redrive.max-count), %d "
                            + "sent back before and dead-lettered again (the later one stands for them), %d more of "
                            + "the same source record, %d fallback dead letters (payload cut), %d without a source "
                            + "topic%n", request.dryRun() ? " (dry run)" : "", request.reason(), settings.dlq(),
                    request.since() == null ? "" : " since " + request.since(), seen[0], candidates.size(), total,
                    atCap, cap, superseded, sameSource, truncated, noSource);
            if (request.dryRun()) {
                out.println("dry run: nothing was sent");
                out.flush();
                return new Outcome(seen[0], candidates.size(), total, atCap, superseded, sameSource, truncated,
                        noSource, 0);
            }
            out.flush();
            Progress progress = new Progress(out, "redrive", total, progressInterval, System::nanoTime);
            try (Copier copier = new Copier(settings.kafkaClient(), "copydesk-redrive", timeout, progress)) {
                Map<String, Integer> partitions = new HashMap<>();
                reader.read(ranges, record -> {
                    Set<Long> offsets = selected.get(record.partition());
                    if (offsets != null && offsets.contains(record.offset())) {
                        Candidate candidate = Candidate.of(record);
                        int count = partitions.computeIfAbsent(candidate.sourceTopic(), copier::partitions);
                        copier.send(sendBack(record, candidate, count));
                    }
                });
                copier.flush();
                progress.finish();
                if (copier.failed() > 0) {
                    throw new CommandFailedException(copier.failed() + " of " + total + " dead letters could not be "
                            + "sent back (first: " + copier.firstFailure() + "); run the redrive again",
                            copier.firstFailure());
                }
                out.printf(Locale.ROOT, "summary: %d dead letters sent back to their source topics in %s; to leave "
                                + "these out of a later run, give it --since %s%n", progress.done(),
                        Progress.human(progress.elapsed()), started);
                out.flush();
                return new Outcome(seen[0], candidates.size(), total, atCap, superseded, sameSource, truncated,
                        noSource, progress.done());
            }
        }
    }

    /** An exact reason code, or a prefix ending in {@code *} ({@code invalid-field:*}). */
    static boolean reasonMatches(String wanted, String reasonCode) {
        if (reasonCode == null) {
            return false;
        }
        return wanted.endsWith("*") ? reasonCode.startsWith(wanted.substring(0, wanted.length() - 1))
                : reasonCode.equals(wanted);
    }

    private static ProducerRecord<String, byte[]> sendBack(ConsumerRecord<String, byte[]> record, Candidate candidate,
                                                           int sourcePartitions) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            String name = header.key();
            if (!name.startsWith(DeadLetter.HEADER_PREFIX) && !name.equals(DeadLetter.REDRIVE_COUNT)
                    && !name.equals(DeadLetter.REDRIVEN_FROM)) {
                headers.add(header);
            }
        }
        headers.add(DeadLetter.REDRIVE_COUNT, String.valueOf(candidate.count() + 1).getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetter.REDRIVEN_FROM, candidate.coordinates().getBytes(StandardCharsets.UTF_8));
        // The original partition keeps the record in order with the other versions of its key.
        Integer partition = candidate.sourcePartition() >= 0 && candidate.sourcePartition() < sourcePartitions
                ? candidate.sourcePartition() : null;
        return new ProducerRecord<>(candidate.sourceTopic(), partition, record.key(), record.value(), headers);
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A dead letter as the selection sees it. */
    private record Candidate(String coordinates, int partition, long offset, int count, String sourceTopic,
                             int sourcePartition, String sourceOffset, boolean truncated) {

        static Candidate of(ConsumerRecord<String, byte[]> record) {
            return new Candidate(record.topic() + "/" + record.partition() + "@" + record.offset(),
                    record.partition(), record.offset(), count(header(record, DeadLetter.REDRIVE_COUNT)),
                    header(record, DeadLetter.TOPIC), partition(header(record, DeadLetter.PARTITION)),
                    header(record, DeadLetter.OFFSET), header(record, DeadLetter.ORIGINAL_SIZE) != null);
        }

        String source() {
            return sourceTopic + "/" + sourcePartition + "@" + sourceOffset;
        }

        /** Absent: never re-driven. Unreadable: as if at the cap, so that a mangled count cannot make a loop. */
        static int count(String text) {
            if (text == null) {
                return 0;
            }
            try {
                return Math.max(0, Integer.parseInt(text.trim()));
            } catch (NumberFormatException unreadable) {
                return Integer.MAX_VALUE;
            }
        }

        /** Absent or unreadable: -1, the record is then partitioned by its key. */
        private static int partition(String text) {
            try {
                return text == null ? -1 : Integer.parseInt(text.trim());
            } catch (NumberFormatException unreadable) {
                return -1;
            }
        }
    }
}
