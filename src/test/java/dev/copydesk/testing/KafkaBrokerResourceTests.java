package dev.copydesk.testing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaBrokerResourceTests {

    @Test
    void startsOneSharedBrokerThatRoundTripsARecord() {
        KafkaBrokerResource resource = new KafkaBrokerResource();
        KafkaBrokerResource secondUser = new KafkaBrokerResource();
        try {
            Map<String, String> config = resource.start();
            String bootstrap = config.get("kafka.bootstrap.servers");

            assertEquals("false", config.get("quarkus.kafka.devservices.enabled"));
            assertEquals(bootstrap, KafkaBrokerResource.bootstrapServers());
            assertEquals(bootstrap, secondUser.start().get("kafka.bootstrap.servers"), "one broker per JVM");
            assertRoundTrip(bootstrap);
        } finally {
            secondUser.stop();
            resource.stop();
        }
    }

    private static void assertRoundTrip(String bootstrap) {
        String topic = "broker-resource-" + UUID.randomUUID();
        String emptyTopic = topic + "-empty";
        try (KafkaTestClient client = new KafkaTestClient(bootstrap)) {
            client.createTopics(topic, emptyTopic);
            client.createTopics(topic);
            client.produce(topic, "article-1", "bonjour".getBytes(StandardCharsets.UTF_8));

            List<ConsumerRecord<String, byte[]>> records = client.consume(topic, 1, Duration.ofSeconds(30));

            assertEquals(1, records.size());
            assertEquals("article-1", records.get(0).key());
            assertEquals("bonjour", new String(records.get(0).value(), StandardCharsets.UTF_8));
            assertTrue(client.consumeFor(emptyTopic, Duration.ofSeconds(3)).isEmpty());
        }
    }
}
