package dev.copydesk.drills;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sends a drill's inputs and records where each landed (partition and offset from the RecordMetadata): that is
 * the input's identity for the auditor. Large requests allowed, for the record built to force a fallback dead letter.
 */
final class DrillProducer implements AutoCloseable {

    /** An input on its way: what the auditor will need once the broker says where it is. */
    private record Pending(String id, List<String> locales, Outcome expected, String marker,
                           Future<RecordMetadata> sent, SourceCoord coordOverride) {
    }

    private final KafkaProducer<String, byte[]> producer;
    private final List<Pending> pending = new ArrayList<>();

    DrillProducer(String bootstrap) {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all",
                "enable.idempotence", true, "linger.ms", 5, "max.request.size", 1_040_000,
                "delivery.timeout.ms", 300_000, "buffer.memory", 256L * 1024 * 1024),
                new StringSerializer(), new ByteArraySerializer());
    }

    void send(String topic, String key, byte[] value, String id, List<String> locales, Outcome expected,
              String marker) {
        pending.add(new Pending(id, locales, expected, marker, producer.send(new ProducerRecord<>(topic, key, value)),
                null));
    }

    /** An input whose identity is not its own place but the {@code sourceVersion} written into it (SEO feed). */
    void sendAs(SourceCoord identity, String topic, String key, byte[] value, String id, List<String> locales,
                String marker) {
        pending.add(new Pending(id, locales, null, marker, producer.send(new ProducerRecord<>(topic, key, value)),
                identity));
    }

    /** Waits until every input sent so far is acknowledged and returns them as the auditor's inputs. */
    List<SentInput> flush() {
        producer.flush();
        List<SentInput> inputs = new ArrayList<>();
        for (Pending each : pending) {
            try {
                RecordMetadata metadata = each.sent().get(5, TimeUnit.MINUTES);
                SourceCoord coord = each.coordOverride() != null ? each.coordOverride()
                        : new SourceCoord(metadata.topic(), metadata.partition(), metadata.offset());
                inputs.add(new SentInput(each.id(), coord, each.locales(), each.expected(), each.marker()));
            } catch (Exception e) {
                throw new IllegalStateException("an input was not acknowledged by the broker", e);
            }
        }
        pending.clear();
        return inputs;
    }

    @Override
    public void close() {
        producer.close();
    }
}
