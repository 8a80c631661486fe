package dev.copydesk.drills;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.smallrye.mutiny.subscription.MultiSubscriber;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.commit.KafkaThrottledLatestProcessedCommit;
import io.vertx.mutiny.core.Vertx;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Shows, without a broker, how SmallRye's {@code throttled.ordered=key} (4.33) loses a concurrency slot at a
 * revocation: with one slot, record A (partition 0) in flight and record B (partition 1, another key) queued as a
 * group not yet subscribed, partition 1 is revoked, then A is acknowledged: B's group is subscribed without its
 * ordering state and cancelled without ever completing, so the slot never comes back and record C (partition 0) is
 * never delivered. The same steps without the revocation deliver B and C. Prints both; exits 1 if the slot leaked.
 * <pre>
 *   java -cp target/test-classes:target/classes:$(cat target/drills-classpath.txt) dev.copydesk.drills.GroupLeakProbe
 * </pre>
 * Bounded: each wait for a record is 5 s.
 */
public final class GroupLeakProbe {

    private static final TopicPartition P0 = new TopicPartition("probe", 0);
    private static final TopicPartition P1 = new TopicPartition("probe", 1);

    private GroupLeakProbe() {
    }

    public static void main(String[] args) throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            String control = run(vertx, false);
            String revoked = run(vertx, true);
            System.out.println("without a revocation: " + control);
            System.out.println("partition 1 revoked while B waited for the slot: " + revoked);
            System.exit(revoked.contains("C delivered") ? 0 : 1);
        } finally {
            vertx.closeAndAwait();
        }
    }

    private static String run(Vertx vertx, boolean revoke) throws Exception {
        Config config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "channel-name", "probe", "topic", "probe", "throttled.ordered", "key", "value.deserializer",
                "org.apache.kafka.common.serialization.StringDeserializer",
                "throttled.ordered.max-concurrency", "1", "auto.commit.interval.ms", "60000"), "probe", 500)).build();
        @SuppressWarnings("unchecked")
        KafkaConsumer<String, String> consumer = (KafkaConsumer<String, String>) Proxy.newProxyInstance(
                GroupLeakProbe.class.getClassLoader(), new Class<?>[] {KafkaConsumer.class},
                (proxy, method, methodArgs) -> method.getName().equals("configuration")
                        ? Map.of("group.id", "probe", "max.poll.records", "1") : null);
        KafkaThrottledLatestProcessedCommit commit = new KafkaThrottledLatestProcessedCommit.Factory().create(
                new KafkaConnectorIncomingConfiguration(config), vertx, consumer, (failure, fatal) -> { });
        commit.capture(vertx.getOrCreateContext());
        commit.partitionsAssigned(List.of(P0, P1));

        UnicastProcessor<IncomingKafkaRecord<String, String>> source = UnicastProcessor.create();
        Multi<IncomingKafkaRecord<String, String>> ordered = commit.decorateStream(source);
        BlockingQueue<IncomingKafkaRecord<String, String>> delivered = new LinkedBlockingQueue<>();
        ordered.subscribe().withSubscriber(new MultiSubscriber<IncomingKafkaRecord<String, String>>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onItem(IncomingKafkaRecord<String, String> item) {
                delivered.add(item);
            }

            @Override
            public void onFailure(Throwable failure) {
                failure.printStackTrace();
            }

            @Override
            public void onCompletion() {
            }
        });

        StringBuilder outcome = new StringBuilder();
        source.onNext(record(commit, P0, "a", 0));
        IncomingKafkaRecord<String, String> a = delivered.poll(5, TimeUnit.SECONDS);
        outcome.append(a == null ? "A not delivered" : "A delivered");
        source.onNext(record(commit, P1, "b", 0));
        if (revoke) {
            commit.partitionsRevoked(List.of(P1));
        }
        if (a != null) {
            a.ack().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
        if (!revoke) {
            IncomingKafkaRecord<String, String> b = delivered.poll(5, TimeUnit.SECONDS);
            outcome.append(b == null ? ", B not delivered" : ", B delivered");
            if (b != null) {
                b.ack().toCompletableFuture().get(5, TimeUnit.SECONDS);
            }
        }
        source.onNext(record(commit, P0, "c", 1));
        IncomingKafkaRecord<String, String> c = delivered.poll(5, TimeUnit.SECONDS);
        while (c != null && !"c".equals(c.getKey())) {
            c = delivered.poll(5, TimeUnit.SECONDS);
        }
        outcome.append(c == null ? ", C never delivered (the slot is gone)" : ", C delivered");
        source.onComplete();
        return outcome.toString();
    }

    private static IncomingKafkaRecord<String, String> record(KafkaThrottledLatestProcessedCommit commit,
                                                              TopicPartition partition, String key, long offset) {
        return new IncomingKafkaRecord<>(new ConsumerRecord<>(partition.topic(), partition.partition(), offset, key,
                key + "-value"), "probe", -1, commit, null, false);
    }
}
