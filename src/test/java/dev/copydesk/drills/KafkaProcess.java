package dev.copydesk.drills;

import dev.copydesk.testing.LoopbackPorts;
import dev.copydesk.testing.SingleNodeKraft;
import org.apache.kafka.clients.admin.Admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft broker run as a child process ({@code kafka.Kafka} from the test classpath, as
 * deploy/local/kafka.sh does), so that a drill can stop it and start it again on the same port and data directory,
 * which the in-process test broker cannot do. Loopback only.
 */
final class KafkaProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path dir;
    private final Path config;
    private final int port;
    private Process process;
    private int starts;

    KafkaProcess(Path dir) {
        this.dir = dir.toAbsolutePath();
        this.config = this.dir.resolve("server.properties");
        int[] ports = LoopbackPorts.free(2);
        this.port = ports[0];
        // Formatting is a file operation: done in this JVM, once, before the first start.
        SingleNodeKraft.writeAndFormat(SingleNodeKraft.config(ports[0], ports[1], this.dir.resolve("data")), config);
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker and waits until it answers an admin request. */
    void start() {
        starts++;
        ProcessBuilder builder = new ProcessBuilder(Drills.java(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), "kafka.Kafka", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("kafka.log").toFile()));
        try {
            process = ChildProcesses.register(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitAnswering();
    }

    /** SIGTERM (a controlled shutdown), SIGKILL after 30 s. */
    void stop() {
        if (process != null) {
            ChildProcesses.stop(process, STOP_GRACE);
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitAnswering() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap(), "request.timeout.ms", 5000,
                "default.api.timeout.ms", 10000))) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the broker exited at start " + starts + "; see " + dir
                            + "/kafka.log");
                }
                try {
                    admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    Drills.sleep(Duration.ofMillis(500));
                }
            }
        }
        throw new IllegalStateException("the broker did not answer within " + START_TIMEOUT + "; see " + dir
                + "/kafka.log");
    }



}
