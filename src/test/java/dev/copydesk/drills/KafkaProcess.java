package dev.copydesk.drills;

import dev.copydesk.testing.LoopbackPorts;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
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
        writeConfig(ports[0], ports[1]);
        format();
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

    private void writeConfig(int brokerPort, int controllerPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dir.resolve("data").toString());
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(config)) {
                props.store(out, "drill broker");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Formatting is a file operation: done in this JVM, once, before the first start. */
    private void format() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()};
        int exitCode = StorageTool.execute(args, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exitCode != 0) {
            throw new IllegalStateException("formatting " + dir + " failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

}
