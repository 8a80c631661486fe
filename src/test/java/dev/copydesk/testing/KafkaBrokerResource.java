package dev.copydesk.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * A real Kafka broker for tests: a Testcontainers broker when Docker is available, otherwise an in-process
 * KRaft broker (combined broker and controller) listening on 127.0.0.1 only.
 * <p>
 * One broker serves the whole JVM: Quarkus calls {@link #stop()} whenever it swaps the application between
 * test classes, and restarting the broker there would cost seconds per class and lose topics that later
 * classes may share. The broker is stopped by a JVM shutdown hook instead.
 * <p>
 * Quarkus loads this class once per application class loader (one per test profile or resource set), so a
 * static field alone would start one broker per class loader. The running broker's address is therefore
 * published in a system property, which every class loader of the JVM sees.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(KafkaBrokerResource.class);
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Also the JVM-wide lock: string literals are interned, so every class loader's copy of this class sees the
     * same String instance, unlike {@code KafkaBrokerResource.class}.
     */
    private static final String SHARED_BOOTSTRAP_PROPERTY = "dev.copydesk.testing.kafka-broker.bootstrap-servers";

    @Override
    public Map<String, String> start() {
        return Map.of(
                "kafka.bootstrap.servers", startOrReuseBroker(),
                // Without Docker, Dev Services would only warn and then retry localhost:9092 noisily.
                "quarkus.kafka.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // Intentionally empty: the broker outlives each test class (see class comment).
    }

    /** Bootstrap address of the shared broker; fails if no test resource has started it yet. */
    public static String bootstrapServers() {
        String bootstrap = System.getProperty(SHARED_BOOTSTRAP_PROPERTY);
        if (bootstrap == null) {
            throw new IllegalStateException("The Kafka broker is not started: use KafkaBrokerResource as a test resource");
        }
        return bootstrap;
    }

    private static String startOrReuseBroker() {
        synchronized (SHARED_BOOTSTRAP_PROPERTY) {
            String running = System.getProperty(SHARED_BOOTSTRAP_PROPERTY);
            if (running != null) {
                return running;
            }
            Broker broker = dockerAvailable() ? startContainer() : InProcessKraft.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopWithin(broker, SHUTDOWN_TIMEOUT), "kafka-test-broker-stop"));
            System.setProperty(SHARED_BOOTSTRAP_PROPERTY, broker.bootstrapServers());
            return broker.bootstrapServers();
        }
    }

    /**
     * Without Docker, Testcontainers' probe logs a multi-line ERROR on every run although the in-process
     * broker takes over; the line logged once a broker runs says which one was chosen.
     */
    private static boolean dockerAvailable() {
        java.util.logging.Logger probeLog = org.jboss.logmanager.Logger.getLogger("org.testcontainers");
        Level previous = probeLog.getLevel();
        probeLog.setLevel(Level.OFF);
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } finally {
            probeLog.setLevel(previous);
        }
    }

    private static Broker startContainer() {
        KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
        container.start();
        LOG.infof("Kafka for tests: Testcontainers %s at %s", KAFKA_IMAGE, container.getBootstrapServers());
        return new Broker(container.getBootstrapServers(), container::stop);
    }

    /** Runs the shutdown on its own thread so that a stuck broker cannot hang the JVM's exit. */
    private static void stopWithin(Broker broker, Duration timeout) {
        Thread stopper = new Thread(broker.shutdown(), "kafka-test-broker-shutdown");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            LOG.warnf("Kafka test broker did not stop within %s", timeout);
        }
    }

    private record Broker(String bootstrapServers, Runnable shutdown) {
    }

    /** An in-process KRaft broker with its data in a fresh directory under target/. */
    private static final class InProcessKraft {

        /**
         * The broker's own categories, plus org.apache.kafka.common, whose INFO config dumps and version banners
         * the broker and every client print. Other client categories keep their levels.
         */
        private static final String[] BROKER_LOG_CATEGORIES = {
                "kafka", "state.change.logger", "org.apache.kafka.server", "org.apache.kafka.raft",
                "org.apache.kafka.controller", "org.apache.kafka.metadata", "org.apache.kafka.image",
                "org.apache.kafka.storage", "org.apache.kafka.coordinator", "org.apache.kafka.queue",
                "org.apache.kafka.snapshot", "org.apache.kafka.common", "org.apache.zookeeper"};

        static Broker start() {
            quietBrokerLogs();
            Path workDir = createWorkDir();
            try {
                int[] ports = LoopbackPorts.free(2);
                int brokerPort = ports[0];
                int controllerPort = ports[1];
                String bootstrap = "127.0.0.1:" + brokerPort;
                Properties props = SingleNodeKraft.config(brokerPort, controllerPort, workDir.resolve("data"));
                SingleNodeKraft.writeAndFormat(props, workDir.resolve("server.properties"));
                KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
                startOrShutdown(server);
                LOG.infof("Kafka for tests: in-process KRaft broker at %s (no Docker), data in %s", bootstrap, workDir);
                return new Broker(bootstrap, () -> {
                    server.shutdown();
                    server.awaitShutdown();
                    deleteRecursively(workDir);
                });
            } catch (RuntimeException e) {
                deleteRecursively(workDir);
                throw e;
            }
        }

        /** A half-started server would keep its threads, and its files open, after the test run failed. */
        private static void startOrShutdown(KafkaRaftServer server) {
            try {
                server.startup();
            } catch (RuntimeException e) {
                server.shutdown();
                throw e;
            }
        }





        private static void quietBrokerLogs() {
            for (String category : BROKER_LOG_CATEGORIES) {
                org.jboss.logmanager.Logger.getLogger(category).setLevel(Level.WARNING);
            }
        }

        private static Path createWorkDir() {
            try {
                Path parent = Files.createDirectories(Path.of("target", "kafka-test-broker"));
                return Files.createTempDirectory(parent, "kraft-").toAbsolutePath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void deleteRecursively(Path dir) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                LOG.debugf(e, "Could not delete %s", dir);
            }
        }
    }
}
