package dev.copydesk.bench;

import dev.copydesk.support.Samples;
import dev.copydesk.testing.KafkaBrokerResource;
import dev.copydesk.testing.KafkaTestClient;
import dev.copydesk.testing.OpenAiStub;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Throughput of one worker's rewrite stage against a model that takes L seconds per call: the packaged worker
 * (target/quarkus-app) runs as a child process against an in-process broker and the local stub, with
 * max-in-flight M; the ideal is M / L articles per second. Prints the measured rate, its ratio to that bound and the
 * worker's resident memory. A command, not a test: deploy/bench/rewrite-throughput.sh. Everything runs on 127.0.0.1
 * and stops by itself (bounded by a deadline).
 */
public final class RewriteThroughputBench {

    private static final Duration DEADLINE = Duration.ofMinutes(4);

    public static void main(String[] args) throws Exception {
        int maxInFlight = Integer.parseInt(System.getProperty("bench.maxInFlight", "64"));
        Duration latency = Duration.ofMillis(Long.parseLong(System.getProperty("bench.latencyMs", "2000")));
        int waves = Integer.parseInt(System.getProperty("bench.waves", "6"));
        int articles = maxInFlight * waves;

        KafkaBrokerResource broker = new KafkaBrokerResource();
        String bootstrap = broker.start().get("kafka.bootstrap.servers");
        Process worker = null;
        try (OpenAiStub llm = new OpenAiStub(); KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            llm.latency(latency);
            int httpPort = freePort();
            worker = startWorker(bootstrap, llm.baseUrl(), maxInFlight, httpPort);
            awaitReady(httpPort, worker);

            System.out.printf("warm-up: %d articles%n", maxInFlight);
            run(kafka, "warm", maxInFlight);
            System.out.printf("measuring: %d articles, max-in-flight %d, model latency %d ms%n", articles,
                    maxInFlight, latency.toMillis());
            long started = System.nanoTime();
            run(kafka, "bench", articles);
            double seconds = (System.nanoTime() - started) / 1e9;

            double rate = articles / seconds;
            double bound = maxInFlight / (latency.toMillis() / 1000.0);
            Map<String, Long> memory = memoryOf(worker.pid());
            System.out.printf("%nthroughput: %.1f articles/s per worker (%d in %.1f s)%n", rate, articles, seconds);
            System.out.printf("bound M/L:  %.1f articles/s -> %.0f %% of the bound (goal >= 90 %%)%n", bound,
                    100 * rate / bound);
            System.out.printf("worker RSS: %d MB now, %d MB peak%n", memory.get("VmRSS") / 1024,
                    memory.get("VmHWM") / 1024);
            System.out.printf("stub: %d calls, at most %d at once%n", llm.requestCount(), llm.maxConcurrentRequests());
        } finally {
            if (worker != null) {
                worker.destroy();
                worker.waitFor();
            }
            broker.stop();
        }
        System.exit(0);
    }

    /** Produces {@code count} distinct articles and waits until all are published. */
    private static void run(KafkaTestClient kafka, String prefix, int count) {
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String id = prefix + "-" + i;
            expected.add(id + ":fr-FR");
            kafka.produce("articles.raw", id, Samples.seedAs(id));
        }
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!expected.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(expected.size() + " articles not published within " + DEADLINE);
            }
            kafka.consume("articles.published", Integer.MAX_VALUE, Duration.ofMillis(500))
                    .forEach(record -> expected.remove(record.key()));
        }
    }

    private static Process startWorker(String bootstrap, String llmUrl, int maxInFlight, int httpPort)
            throws IOException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the worker first: mvn -B package -DskipTests");
        }
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx1g", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/bench-worker.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        env.put("COPYDESK_LLM_BASE_URL", llmUrl);
        env.put("COPYDESK_LLM_MODEL", OpenAiStub.MODEL_ID);
        env.put("COPYDESK_LLM_API_KEY", "bench");
        env.put("COPYDESK_REWRITE_MAX_IN_FLIGHT", String.valueOf(maxInFlight));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
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
        throw new IllegalStateException("the worker did not become ready; see target/bench-worker.log");
    }

    private static Map<String, Long> memoryOf(long pid) throws IOException {
        Map<String, Long> values = new java.util.HashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            String[] parts = line.split("\\s+");
            if (parts[0].equals("VmRSS:") || parts[0].equals("VmHWM:")) {
                values.put(parts[0].replace(":", ""), Long.parseLong(parts[1]));
            }
        }
        return values;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
