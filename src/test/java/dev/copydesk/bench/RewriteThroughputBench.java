package dev.copydesk.bench;

import dev.copydesk.testing.KafkaBrokerResource;
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
import java.util.Map;

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
        int waves = Integer.parseInt(System.getProperty("bench.waves", "10"));
        int articles = maxInFlight * waves;

        KafkaBrokerResource broker = new KafkaBrokerResource();
        String bootstrap = broker.start().get("kafka.bootstrap.servers");
        Process worker = null;
        try (OpenAiStub llm = new OpenAiStub(); BenchClient kafka = new BenchClient(bootstrap)) {
            llm.latency(latency);
            int httpPort = freePort();
            worker = startWorker(bootstrap, llm.baseUrl(), maxInFlight, httpPort);
            awaitReady(httpPort, worker);

            // Warm-up lets the JIT compile the hot paths before anything is timed.
            int warmUp = maxInFlight * Integer.parseInt(System.getProperty("bench.warmUpWaves", "4"));
            System.out.printf("warm-up: %d articles%n", warmUp);
            kafka.run("warm", warmUp, DEADLINE);
            System.out.printf("measuring: %d articles, max-in-flight %d, model latency %d ms%n", articles,
                    maxInFlight, latency.toMillis());
            double cpuBefore = cpuSeconds(worker.pid());
            BenchClient.Run run = kafka.run("bench", articles, DEADLINE);
            double workerCpu = cpuSeconds(worker.pid()) - cpuBefore;

            double bound = maxInFlight / (latency.toMillis() / 1000.0);
            double endToEnd = articles / seconds(run.firstSent(), run.lastPublished());
            // Steady state leaves out filling the pipe: the first article cannot come out before one call's latency.
            double steady = (articles - 1) / seconds(run.firstPublished(), run.lastPublished());
            Map<String, Long> memory = memoryOf(worker.pid());
            System.out.printf("%nend to end:   %.1f articles/s per worker (%d articles, first sent to last published)%n",
                    endToEnd, articles);
            System.out.printf("steady state: %.1f articles/s per worker (first to last published)%n", steady);
            System.out.printf("bound M/L:    %.1f articles/s -> steady state %.0f %%, end to end %.0f %% of the bound"
                    + " (goal >= 90 %%)%n", bound, 100 * steady / bound, 100 * endToEnd / bound);
            System.out.printf("worker CPU:   %.1f ms per article (%.1f s of CPU on %d cores)%n",
                    1000 * workerCpu / articles, workerCpu, Runtime.getRuntime().availableProcessors());
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

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
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
        env.put("QUARKUS_PROFILE", "local"); // one broker: topics with one replica
        env.put("COPYDESK_LLM_BASE_URL", llmUrl);
        env.put("COPYDESK_LLM_MODEL", OpenAiStub.MODEL_ID);
        env.put("COPYDESK_LLM_API_KEY", "bench");
        env.put("COPYDESK_REWRITE_MAX_IN_FLIGHT", String.valueOf(maxInFlight));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        // BENCH_WORKER_X=v in the environment sets X=v for the worker, e.g. BENCH_WORKER_COPYDESK_LLM_TIMEOUT=30s
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

    /** User + system CPU time of a process, from /proc (clock ticks of 10 ms on Linux). */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
