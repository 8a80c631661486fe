package dev.copydesk.testing;

import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A single-node KRaft broker's configuration and storage, on 127.0.0.1: the tests' in-process broker and the
 * drills' child-process broker are the same broker run two ways.
 */
public final class SingleNodeKraft {

    private SingleNodeKraft() {
    }

    /** Broker and controller in one node; internal topics with one replica, as one broker requires. */
    public static Properties config(int brokerPort, int controllerPort, Path dataDir) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dataDir.toString());
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        // A single broker gains nothing from the default 50 partitions, and creating them delays the first group.
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }

    /**
     * Writes {@code props} to {@code configFile} and formats the storage it names (StorageTool reads the
     * configuration from a file only); its console output is kept for the error message.
     */
    public static void writeAndFormat(Properties props, Path configFile) {
        try {
            Files.createDirectories(configFile.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(configFile)) {
                props.store(out, "single-node test broker");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString()};
        int exitCode = StorageTool.execute(args, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exitCode != 0) {
            throw new IllegalStateException("formatting the Kafka storage of " + configFile + " failed (" + exitCode
                    + "): " + output.toString(StandardCharsets.UTF_8));
        }
    }
}
