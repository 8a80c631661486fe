package dev.copydesk.drills;

import dev.copydesk.testing.LoopbackPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The packaged worker (target/quarkus-app/quarkus-run.jar) as a child process, as deploy/bench does: one JVM of at
 * most 768 MB heap, its own free HTTP port, its log in the drill's directory.
 */
final class WorkerProcess {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final Path log;
    private final int httpPort;
    private final Process process;
    private final Instant started = Instant.now();

    private WorkerProcess(String name, Path log, int httpPort, Process process) {
        this.name = name;
        this.log = log;
        this.httpPort = httpPort;
        this.process = process;
    }

    /** Starts a worker; {@code extraEnv} adds to (or overrides) the drill's settings. */
    static WorkerProcess start(String name, Path dir, String bootstrap, String llmUrl, Map<String, String> extraEnv) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("build the worker first: mvn -B package -DskipTests");
        }
        int httpPort = LoopbackPorts.free(1)[0];
        Path log = dir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Drills.java(), "-Xmx768m", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        env.put("COPYDESK_LLM_BASE_URL", llmUrl);
        env.put("COPYDESK_LLM_MODEL", "stub-model");
        env.put("COPYDESK_LLM_API_KEY", "drills");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        // One broker: settings being added to the product in parallel (harmless before they exist).
        env.put("COPYDESK_TOPICS_REPLICATION_FACTOR", "1");
        env.put("COPYDESK_TOPICS_MIN_INSYNC_REPLICAS", "1");
        env.put("COPYDESK_SHUTDOWN_GRACE", "10s");
        env.putAll(extraEnv);
        try {
            return new WorkerProcess(name, log, httpPort, ChildProcesses.register(builder.start()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    /** Waits until /q/health/ready answers 200; fails if the worker exits or does not get there in time. */
    WorkerProcess awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during startup; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    Drills.log("%s ready after %.1f s", name, Duration.between(started, Instant.now()).toMillis()
                            / 1000.0);
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            Drills.sleep(Duration.ofMillis(300));
        }
        throw new IllegalStateException(name + " not ready within " + READY_TIMEOUT + "; see " + log);
    }

    void sigkill() {
        ChildProcesses.kill(process);
    }

    /** SIGTERM; returns how long it took to exit (SIGKILL after {@code grace}, then reported as such). */
    Duration sigterm(Duration grace) {
        Instant from = Instant.now();
        boolean exited = ChildProcesses.stop(process, grace);
        Duration took = Duration.between(from, Instant.now());
        if (!exited) {
            Drills.log("%s did not exit within %s of SIGTERM: killed", name, grace);
        }
        return took;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Whether /q/health/live answers DOWN (503), the state in which Kubernetes restarts a pod. */
    boolean livenessDown() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/q/health/live"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 503;
        } catch (IOException unreachable) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Path log() {
        return log;
    }
}
