package dev.copydesk.drills;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every output topic from the beginning with one plain consumer (no group, nothing committed) and keeps what
 * it read, reduced to {@link OutputRecord}s; each {@link #catchUp} reads on until the end offsets taken at its
 * start, so repeated audits during a drill cost only the new records.
 */
final class OutputTopics implements AutoCloseable {

    private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<OutputRecord> records = Collections.synchronizedList(new ArrayList<>());

    OutputTopics(String bootstrap) {
        consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "enable.auto.commit", false,
                "max.partition.fetch.bytes", 4 * 1024 * 1024, "fetch.max.bytes", 16 * 1024 * 1024),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Reads what was written up to now; new partitions (topics created since) are picked up from the start. */
    List<OutputRecord> catchUp() {
        assignAll();
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(30));
        Instant deadline = Instant.now().plus(CATCH_UP_TIMEOUT);
        while (!caughtUp(end) && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                records.add(OutputRecord.of(record.topic(), record.partition(), record.offset(), record.timestamp(),
                        text(record.key()), headers(record), record.value(),
                        Auditor.OUTCOME_TOPICS.contains(record.topic())));
            }
        }
        return List.copyOf(records);
    }

    private boolean caughtUp(Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> entry : end.entrySet()) {
            if (consumer.position(entry.getKey(), Duration.ofSeconds(30)) < entry.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void assignAll() {
        List<TopicPartition> partitions = new ArrayList<>();
        Map<String, List<PartitionInfo>> topics = consumer.listTopics(Duration.ofSeconds(30));
        for (String topic : Auditor.OUTPUT_TOPICS) {
            for (PartitionInfo info : topics.getOrDefault(topic, List.of())) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        List<TopicPartition> added = partitions.stream().filter(p -> !consumer.assignment().contains(p)).toList();
        if (!added.isEmpty()) {
            consumer.assign(partitions);
            consumer.seekToBeginning(added);
        }
    }

    private static Map<String, String> headers(ConsumerRecord<byte[], byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
