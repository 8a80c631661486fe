package dev.copydesk.drills;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.kafka.DeadLetter;
import dev.copydesk.support.HostileInputs;
import dev.copydesk.testing.OpenAiStub;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything one drill runs on: a fresh broker of its own (child process, data under target/drills/N-name), the
 * OpenAI-compatible stub in this JVM answering after 300-800 ms (so calls are in flight when a fault hits), the
 * drill's producer and output reader, and the workers it started. Closing it stops all of them.
 */
final class DrillContext implements AutoCloseable {

    private static final Duration MIN_LATENCY = Duration.ofMillis(300);
    private static final int EXTRA_LATENCY_MS = 500;
    private static final Duration QUIET_AFTER_SETTLED = Duration.ofSeconds(5);
    /** A worker that accounts for nothing more for this long is stuck (observed after a broker restart). */
    private static final Duration NO_PROGRESS_LIMIT = Duration.ofMinutes(3);

    final String name;
    final Path dir;
    final boolean quick;
    final KafkaProcess broker;
    final OpenAiStub llm;
    final DrillProducer producer;
    final OutputTopics outputs;
    private final List<WorkerProcess> workers = new ArrayList<>();
    private final Map<WorkerProcess, Map<String, String>> envByWorker = new HashMap<>();
    /** Shorter than the product's 3 minutes so that a stalled worker is restarted well within NO_PROGRESS_LIMIT. */
    private static final String STALL_TIMEOUT = "60s";
    private final List<String> notes = new ArrayList<>();
    private final Instant started = Instant.now();

    private DrillContext(String name, Path dir, boolean quick, KafkaProcess broker, OpenAiStub llm) {
        this.name = name;
        this.dir = dir;
        this.quick = quick;
        this.broker = broker;
        this.llm = llm;
        this.producer = new DrillProducer(broker.bootstrap());
        this.outputs = new OutputTopics(broker.bootstrap());
    }

    static DrillContext open(String name, boolean quick) {
        Path dir = Path.of("target", "drills", name).toAbsolutePath();
        deleteRecursively(dir);
        KafkaProcess broker = new KafkaProcess(dir.resolve("kafka"));
        OpenAiStub llm = null;
        try {
            broker.start();
            llm = new OpenAiStub();
            OpenAiStub stub = llm;
            String hugeAnswer = stub.defaultContent() + "\n\n## Annexe\n\n" + HostileInputs.distinctParagraphs(7_500);
            stub.latency(MIN_LATENCY);
            stub.answerWith(body -> {
                Drills.sleep(Duration.ofMillis(ThreadLocalRandom.current().nextInt(EXTRA_LATENCY_MS)));
                return body.contains(BadInputs.HUGE_ANSWER_MARK) ? hugeAnswer : stub.defaultContent();
            });
            return new DrillContext(name, dir, quick, broker, stub);
        } catch (RuntimeException e) {
            if (llm != null) {
                llm.close();
            }
            broker.stop();
            throw e;
        }
    }

    WorkerProcess startWorker(String workerName) {
        return startWorker(workerName, Map.of());
    }

    WorkerProcess startWorker(String workerName, Map<String, String> env) {
        Map<String, String> withStall = new HashMap<>(Map.of("COPYDESK_STALL_TIMEOUT", STALL_TIMEOUT));
        withStall.putAll(env);
        WorkerProcess worker = WorkerProcess.start(workerName, dir, broker.bootstrap(), llm.baseUrl(), withStall);
        workers.add(worker);
        envByWorker.put(worker, withStall);
        return worker.awaitReady();
    }

    /**
     * Does what Kubernetes does with a pod whose liveness is DOWN: kills it and starts another with the same
     * settings. Nothing in a drill restarts a worker otherwise.
     */
    private void restartWorkersReportingDown() {
        for (WorkerProcess worker : List.copyOf(workers)) {
            if (worker.isAlive() && worker.livenessDown()) {
                note("%s reports liveness DOWN (stalled): killed and restarted, as Kubernetes would", worker.name());
                worker.sigkill();
                workers.remove(worker);
                startWorker(worker.name() + "-restarted", envByWorker.get(worker));
            }
        }
    }

    void note(String format, Object... args) {
        String line = String.format("t+%.0f s: ", Duration.between(started, Instant.now()).toMillis() / 1000.0)
                + String.format(format, args);
        notes.add(line);
        Drills.log("[%s] %s", name, line);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** Waits until at least {@code count} outcome records (published, review, dead letter) exist, or the timeout. */
    int awaitOutcomes(int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int seen = 0;
        while (Instant.now().isBefore(deadline)) {
            seen = (int) outputs.catchUp().stream().filter(r -> Auditor.OUTCOME_TOPICS.contains(r.topic())).count();
            if (seen >= count) {
                return seen;
            }
            Drills.sleep(Duration.ofMillis(500));
        }
        note("only %d of the %d outcome records awaited within %s", seen, count, timeout);
        return seen;
    }

    /**
     * Audits until every input is accounted for (then a few quiet seconds more, for late duplicates), the timeout,
     * or three minutes without any progress (longer than the model outage drill leaves it idle): what is missing then is lost.
     */
    AuditReport settle(List<SentInput> inputs, Duration timeout, Set<String> pauseTopics) {
        Auditor auditor = new Auditor(inputs);
        Instant deadline = Instant.now().plus(timeout);
        Instant nextProgress = Instant.now().plus(Duration.ofSeconds(15));
        AuditReport report = auditor.audit(outputs.catchUp(), pauseTopics);
        Instant lastProgress = Instant.now();
        Instant nextLivenessCheck = Instant.now();
        while (report.lost() > 0 && Instant.now().isBefore(deadline)) {
            if (Instant.now().isAfter(lastProgress.plus(NO_PROGRESS_LIMIT))) {
                note("no progress for %s: the workers are stuck", NO_PROGRESS_LIMIT);
                break;
            }
            Drills.sleep(Duration.ofSeconds(1));
            if (Instant.now().isAfter(nextLivenessCheck)) {
                restartWorkersReportingDown();
                nextLivenessCheck = Instant.now().plus(Duration.ofSeconds(10));
            }
            int lostBefore = report.lost();
            report = auditor.audit(outputs.catchUp(), pauseTopics);
            if (report.lost() < lostBefore) {
                lastProgress = Instant.now();
            }
            if (Instant.now().isAfter(nextProgress)) {
                Drills.log("[%s] %d of %d accounted for", name, report.inputs() - report.lost(), report.inputs());
                nextProgress = Instant.now().plus(Duration.ofSeconds(15));
            }
        }
        if (report.lost() == 0) {
            note("all %d accounted for", report.inputs());
        } else {
            note("stopped waiting (timeout %s): %d of %d accounted for; the rest is counted lost", timeout,
                    report.inputs() - report.lost(), report.inputs());
        }
        Drills.sleep(QUIET_AFTER_SETTLED);
        List<OutputRecord> all = outputs.catchUp();
        note("dead letters by reason: %s", reasonCodes(all));
        return auditor.audit(all, pauseTopics);
    }

    /** The first record of {@code topic}, waiting for it (bounded): a template for the SEO feed. */
    ObjectNode firstRecordOf(String topic, Duration timeout) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
                broker.bootstrap(), "enable.auto.commit", false), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null) {
                        return (ObjectNode) HostileInputs.readTree(record.value());
                    }
                }
            }
        }
        throw new IllegalStateException("no record on " + topic + " within " + timeout);
    }

    private static String reasonCodes(List<OutputRecord> all) {
        Map<String, Long> counts = all.stream().filter(r -> r.topic().equals(Auditor.DLQ))
                .collect(Collectors.groupingBy(r -> r.header(DeadLetter.STAGE) + ":"
                        + r.header(DeadLetter.REASON_CODE) + (r.header(DeadLetter.ORIGINAL_SIZE) != null
                        ? " (fallback)" : ""), TreeMap::new, Collectors.counting()));
        return counts.isEmpty() ? "none" : counts.toString();
    }

    @Override
    public void close() {
        for (WorkerProcess worker : workers) {
            if (worker.isAlive()) {
                worker.sigterm(Duration.ofSeconds(30));
            }
        }
        producer.close();
        outputs.close();
        llm.close();
        broker.stop();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
