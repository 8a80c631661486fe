package dev.copydesk.bench;

import dev.copydesk.support.Samples;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's own producer and a single long-lived reader of the published topic, so that measuring costs the
 * two cores as little as possible (the test client re-reads a topic from the start on every call).
 */
final class BenchClient implements AutoCloseable {

    record Run(Instant firstSent, Instant firstPublished, Instant lastPublished) {
    }

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;

    BenchClient(String bootstrap) {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "linger.ms", 5),
                new StringSerializer(), new ByteArraySerializer());
        consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "enable.auto.commit", false),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Sends {@code count} distinct articles and waits until every one is published. */
    Run run(String prefix, int count, Duration timeout) {
        Set<String> expected = new HashSet<>();
        Instant firstSent = Instant.now();
        for (int i = 0; i < count; i++) {
            String id = prefix + "-" + i;
            expected.add(id + ":fr-FR");
            producer.send(new ProducerRecord<>("articles.raw", id, Samples.seedAs(id)));
        }
        producer.flush();
        follow("articles.published");
        Instant firstPublished = null;
        Instant lastPublished = null;
        Instant deadline = Instant.now().plus(timeout);
        while (!expected.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(expected.size() + " articles not published within " + timeout);
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (expected.remove(record.key())) {
                    Instant at = Instant.ofEpochMilli(record.timestamp());
                    firstPublished = firstPublished == null || at.isBefore(firstPublished) ? at : firstPublished;
                    lastPublished = lastPublished == null || at.isAfter(lastPublished) ? at : lastPublished;
                }
            }
        }
        return new Run(firstSent, firstPublished, lastPublished);
    }

    private void follow(String topic) {
        if (!consumer.assignment().isEmpty()) {
            return;
        }
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    @Override
    public void close() {
        producer.close();
        consumer.close();
    }
}
