package dev.copydesk.bench;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Brief;
import dev.copydesk.model.Json;
import dev.copydesk.model.RewriteProvenance;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Source;
import dev.copydesk.rewrite.MarkdownArticleParser;
import dev.copydesk.rewrite.ParsedArticle;
import dev.copydesk.testing.KafkaBrokerResource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Records per second of the SEO stage end to end on a real broker, against a plain kafka-clients consume→produce
 * loop over the same payloads and partitions: W + N rewritten articles (the French and English sample answers under
 * distinct ids, alternately) are written to {@code articles.rewritten} (6 partitions, as the worker creates them);
 * then
 * <ol>
 *   <li>the loop (in this JVM) reads them with its own group and writes each value unchanged, same key, to a topic of
 *   6 partitions, with the worker's producer settings (acks=all, idempotence, lz4), committing after each poll once
 *   its sends are acknowledged;</li>
 *   <li>the packaged worker (child process, passthrough engine, its own SEO group) reads them and publishes.</li>
 * </ol>
 * Both rates are measured the same way, over the last N records only (the first W warm the JIT up): N − 1 over the
 * time between the first and the last output record's timestamp. A command, not a test:
 * deploy/bench/seo-throughput.sh. Everything on 127.0.0.1; bounded in records and by a deadline.
 */
public final class SeoThroughputBench {

    private static final Duration DEADLINE = Duration.ofMinutes(5);
    private static final int PARTITIONS = 6;
    private static final String INPUT = "articles.rewritten";
    private static final String LOOP_OUTPUT = "bench.loop.out";
    private static final String PUBLISHED = "articles.published";

    public static void main(String[] args) {
        int status = 1;
        try {
            run();
            status = 0;
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
        } finally {
            // The in-process broker's threads would keep the JVM alive after a failure.
            System.exit(status);
        }
    }

    private static void run() throws Exception {
        int warmUp = Integer.parseInt(System.getProperty("bench.warmUp", "4000"));
        int measured = Integer.parseInt(System.getProperty("bench.records", "4000"));
        int total = warmUp + measured;

        KafkaBrokerResource broker = new KafkaBrokerResource();
        String bootstrap = broker.start().get("kafka.bootstrap.servers");
        Process worker = null;
        try {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic(INPUT, PARTITIONS, (short) 1),
                        new NewTopic(LOOP_OUTPUT, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            List<String> keys = writeInput(bootstrap, total);
            Set<String> measuredKeys = new HashSet<>(keys.subList(warmUp, total));
            System.out.printf("input: %d rewritten articles on %s (%d partitions), the last %d measured%n", total,
                    INPUT, PARTITIONS, measured);

            Rate loop = plainLoop(bootstrap, total, measuredKeys);
            System.out.printf("plain consume->produce loop: %.0f records/s (%d records in %.2f s)%n",
                    loop.perSecond(), measured, loop.seconds());

            int httpPort = freeLoopbackPort();
            worker = startWorker(bootstrap, httpPort);
            awaitReady(httpPort, worker);
            List<double[]> cpuSamples = awaitConsumed(bootstrap, "copydesk-seo", total, worker.pid());
            Rate stage = awaitOutputs(bootstrap, PUBLISHED, total, measuredKeys);
            double workerCpu = cpuAt(cpuSamples, stage.lastMillis()) - cpuAt(cpuSamples, stage.firstMillis());
            System.out.printf("SEO stage (worker, copydesk.seo.max-in-flight %s): %.0f records/s (%d records in %.2f s)"
                            + "%n", System.getenv().getOrDefault("BENCH_WORKER_COPYDESK_SEO_MAX_IN_FLIGHT", "64"),
                    stage.perSecond(), measured, stage.seconds());
            System.out.printf("ratio: %.0f %% of the plain loop (target >= 50 %%)%n",
                    100 * stage.perSecond() / loop.perSecond());
            System.out.printf("worker CPU: %.2f ms per measured record (%.1f cores busy), on %d cores shared with the "
                    + "broker and this loop%n", 1000 * workerCpu / measured, workerCpu / stage.seconds(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("bytes out per record: loop %d (the input), SEO stage %d (published) + a metrics event"
                    + "%n", loop.bytesPerRecord(), stage.bytesPerRecord());
            if (Boolean.getBoolean("bench.kafkaMetrics")) {
                printProducerMetrics(httpPort);
            }
            if (Boolean.getBoolean("bench.threadCpu")) {
                printCpuByThread(worker.pid());
            }
        } finally {
            if (worker != null) {
                worker.destroy();
                worker.waitFor(30, TimeUnit.SECONDS);
            }
            broker.stop();
        }
    }

    /** Output records/s over the measured keys, from the timestamps of the first and last output record. */
    private record Rate(int records, long firstMillis, long lastMillis, long bytes) {
        double seconds() {
            return (lastMillis - firstMillis) / 1000.0;
        }

        double perSecond() {
            return (records - 1) / seconds();
        }

        long bytesPerRecord() {
            return bytes / records;
        }
    }

    /** The samples as the rewrite stage writes them, alternately French and English; returns the keys in order. */
    private static List<String> writeInput(String bootstrap, int count) {
        List<String> keys = new ArrayList<>(count);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "acks", "all", "linger.ms", 20, "compression.type", "lz4"), new StringSerializer(),
                new ByteArraySerializer())) {
            String french = read("/stub/rewrite-fr.md");
            String english = read("/seo/rewrite-en.md");
            for (int i = 0; i < count; i++) {
                boolean inFrench = i % 2 == 0;
                RewrittenArticle article = sample(inFrench ? french : english, "bench-" + i,
                        inFrench ? "fr-FR" : "en-GB", inFrench ? "en" : "fr");
                keys.add(article.key());
                producer.send(new ProducerRecord<>(INPUT, article.key(),
                        Json.write(article).getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
        return keys;
    }

    /** Consume, produce the same value, commit once the poll's sends are acknowledged. */
    private static Rate plainLoop(String bootstrap, int total, Set<String> measuredKeys) {
        Map<String, Object> consumerConfig = Map.of("bootstrap.servers", bootstrap, "group.id", "bench-loop",
                "auto.offset.reset", "earliest", "enable.auto.commit", false);
        Map<String, Object> producerConfig = Map.of("bootstrap.servers", bootstrap, "acks", "all",
                "enable.idempotence", true, "compression.type", "lz4", "max.request.size", 1_048_576);
        int done = 0;
        Instant deadline = Instant.now().plus(DEADLINE);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                     new ByteArraySerializer())) {
            consumer.subscribe(List.of(INPUT));
            while (done < total) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the loop did not finish within " + DEADLINE);
                }
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, byte[]> record : records) {
                    producer.send(new ProducerRecord<>(LOOP_OUTPUT, record.key(), record.value()));
                }
                producer.flush();
                consumer.commitSync();
                done += records.count();
            }
        }
        return awaitOutputs(bootstrap, LOOP_OUTPUT, total, measuredKeys);
    }

    /**
     * Waits until {@code group} has committed all {@code total} input records, watching its offsets rather than
     * reading the outputs, so that measuring costs the broker nothing while the stage runs. Returns the worker's CPU
     * seconds sampled along the way, as (epoch millis, CPU seconds) pairs.
     */
    private static List<double[]> awaitConsumed(String bootstrap, String group, int total, long pid)
            throws Exception {
        List<double[]> cpu = new ArrayList<>();
        Instant deadline = Instant.now().plus(DEADLINE);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            long committed = 0;
            while (committed < total) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(group + " committed " + committed + " of " + total + " within "
                            + DEADLINE);
                }
                cpu.add(new double[]{System.currentTimeMillis(), cpuSeconds(pid)});
                Thread.sleep(250);
                committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS).values().stream()
                        .filter(Objects::nonNull).mapToLong(OffsetAndMetadata::offset).sum();
            }
        }
        return cpu;
    }

    /** The worker's CPU seconds at {@code millis}, interpolated between the samples around it. */
    private static double cpuAt(List<double[]> samples, long millis) {
        for (int i = 1; i < samples.size(); i++) {
            double[] before = samples.get(i - 1);
            double[] after = samples.get(i);
            if (after[0] >= millis) {
                double share = after[0] == before[0] ? 1 : (millis - before[0]) / (after[0] - before[0]);
                return before[1] + Math.max(0, Math.min(1, share)) * (after[1] - before[1]);
            }
        }
        return samples.get(samples.size() - 1)[1];
    }

    /** Reads {@code topic} until {@code total} records are there; the rate over the measured keys. */
    private static Rate awaitOutputs(String bootstrap, String topic, int total, Set<String> measuredKeys) {
        Set<String> seen = new HashSet<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long bytes = 0;
        Instant deadline = Instant.now().plus(DEADLINE);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "enable.auto.commit", false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(60)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (seen.size() < total) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(seen.size() + " of " + total + " records on " + topic
                            + " within " + DEADLINE);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (seen.add(record.key()) && measuredKeys.contains(record.key())) {
                        first = Math.min(first, record.timestamp());
                        last = Math.max(last, record.timestamp());
                        bytes += record.value().length;
                    }
                }
            }
        }
        return new Rate(measuredKeys.size(), first, last, bytes);
    }

    private static RewrittenArticle sample(String answer, String id, String locale, String sourceLanguage) {
        ParsedArticle parsed = new MarkdownArticleParser().parse(answer);
        List<ArticleImage> images = List.of(
                new ArticleImage("https://img.example.org/" + id + "-1.jpg", "Lead photo caption for " + id, "Agency",
                        null),
                new ArticleImage("https://img.example.org/" + id + "-2.jpg", null, null, null));
        Source source = new Source("https://wire.example.org/" + id, "Wire",
                OffsetDateTime.parse("2025-03-14T09:30:00+01:00"), "Staff");
        Brief brief = new Brief(List.of(locale), 700, true, true, null, "neutral");
        return new RewrittenArticle(id, locale, sourceLanguage, parsed.title(), parsed.standfirst(), parsed.sections(),
                images, ArticleStatus.REWRITTEN, List.of(), parsed.hints(), source, brief,
                new RewriteProvenance("llm", "openai", "bench", "rw-bench", "0000", 1, 1000, 1000, 1000));
    }

    private static Process startWorker(String bootstrap, int httpPort) throws IOException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the worker first: mvn -B package -DskipTests");
        }
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx1g", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/bench-seo-worker.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        env.put("QUARKUS_PROFILE", "local"); // one broker: topics with one replica
        env.put("COPYDESK_LLM_PROVIDER", "passthrough");
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        // BENCH_WORKER_X=v in the environment sets X=v for the worker, e.g. BENCH_WORKER_COPYDESK_SEO_MAX_IN_FLIGHT=32
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("BENCH_WORKER_")) {
                env.put(name.substring("BENCH_WORKER_".length()), value);
            }
        });
        return builder.start();
    }

    private static void awaitReady(int port, Process worker) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && worker.isAlive()) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the worker is still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the worker did not become ready; see target/bench-seo-worker.log");
    }

    /** The worker's Kafka producer figures (latency, queue time, batching), to see where a send's time goes. */
    private static void printProducerMetrics(int port) throws IOException, InterruptedException {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        metrics.lines().filter(line -> line.startsWith("kafka_producer_") && (line.contains("request_latency_avg")
                        || line.contains("record_queue_time_avg") || line.contains("records_per_request_avg")
                        || line.contains("batch_size_avg") || line.contains("compression_rate_avg")))
                .forEach(System.out::println);
    }

    /** The worker's CPU seconds since it started, by thread name (numbers dropped): JIT, GC, stage, Kafka. */
    private static void printCpuByThread(long pid) throws IOException {
        Map<String, Double> byName = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                String stat = Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[-#]?\\d+", "#");
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                byName.merge(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0, Double::sum);
            }
        }
        byName.entrySet().stream().filter(entry -> entry.getValue() >= 0.5)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(entry -> System.out.printf("  %6.1f s  %s%n", entry.getValue(), entry.getKey()));
    }

    /** User + system CPU time of a process, from /proc (clock ticks of 10 ms on Linux). */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String read(String resource) {
        try (InputStream in = SeoThroughputBench.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
