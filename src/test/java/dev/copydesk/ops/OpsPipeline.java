package dev.copydesk.ops;

import dev.copydesk.testing.KafkaTestClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The replay scenario's topics on the real broker, and the commands run as the jar would run them. */
final class OpsPipeline implements AutoCloseable {

    static final String PREFIX = ReplayFirstLifeProfile.PREFIX;
    static final String RAW = PREFIX + ".raw";
    static final String REWRITTEN = PREFIX + ".rewritten";
    static final String PUBLISHED = PREFIX + ".published";
    static final String DLQ = PREFIX + ".dlq";
    static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern REPLAY_ID = Pattern.compile("replay (replay-[0-9TZ]+-[0-9a-f]+) of stage");

    final KafkaTestClient client;
    private final Admin admin;

    OpsPipeline() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        this.client = new KafkaTestClient(bootstrap);
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** What a command printed and returned. */
    record Run(int status, String out, String err) {
        String replayId() {
            Matcher matcher = REPLAY_ID.matcher(out);
            if (!matcher.find()) {
                throw new AssertionError("no replay id in: " + out);
            }
            return matcher.group(1);
        }
    }

    /** Runs a command with the running worker's configuration, as {@code java -jar quarkus-run.jar args} would. */
    Run command(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OpsSettings settings = OpsSettings.from(ConfigProvider.getConfig());
        int status = OpsCli.run(() -> settings, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    /** Waits until {@code count} records of {@code topic} match, or fails after {@link #TIMEOUT}. */
    List<ConsumerRecord<String, byte[]>> await(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
                                               int count) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        List<ConsumerRecord<String, byte[]>> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            found = client.consume(topic, Integer.MAX_VALUE, Duration.ofSeconds(1)).stream().filter(match).toList();
            if (found.size() >= count) {
                return found;
            }
        }
        throw new AssertionError("expected " + count + " matching records on " + topic + " within " + TIMEOUT
                + ", found " + found.size());
    }

    static Predicate<ConsumerRecord<String, byte[]>> header(String name, String value) {
        return record -> value.equals(KafkaTestClient.header(record, name));
    }

    static Predicate<ConsumerRecord<String, byte[]>> keyed(String key) {
        return record -> key.equals(record.key());
    }

    /** Every consumer group the broker knows. */
    Set<String> groups() {
        try {
            Set<String> ids = new TreeSet<>();
            for (GroupListing group : admin.listGroups().all().get(30, TimeUnit.SECONDS)) {
                ids.add(group.groupId());
            }
            return ids;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("cannot list the consumer groups", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
        client.close();
    }
}
