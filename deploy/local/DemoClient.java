import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The demo's producer and reader, run by demo.sh as a single-file Java program on the broker's own jars:
 * sends the sample raw articles, then prints what comes out on the published, metrics and dead-letter topics
 * for them, until every sample has an outcome or the timeout runs out.
 *
 *   java -cp 'lib/*' DemoClient.java BOOTSTRAP TIMEOUT_SECONDS SAMPLE.json...
 */
public class DemoClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        Duration timeout = Duration.ofSeconds(Long.parseLong(args[1]));
        List<JsonNode> samples = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            samples.add(JSON.readTree(Files.readString(Path.of(args[i]))));
        }
        List<String> topics = List.of("articles.published", "articles.metrics", "articles.dlq");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(bootstrap))) {
            // Read only what this run produces: start each output partition at its current end.
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);

            Set<String> pending = produce(bootstrap, samples);
            Instant deadline = Instant.now().plus(timeout);
            while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    print(record, pending);
                }
            }
            if (!pending.isEmpty()) {
                System.out.println("\nstill waiting for " + pending + " after " + timeout.toSeconds() + " s");
                System.exit(1);
            }
        }
    }

    private static Set<String> produce(String bootstrap, List<JsonNode> samples) throws Exception {
        Set<String> expected = new HashSet<>();
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap);
        config.put("key.serializer", StringSerializer.class.getName());
        config.put("value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (JsonNode sample : samples) {
                String id = sample.path("id").asText();
                producer.send(new ProducerRecord<>("articles.raw", id, JSON.writeValueAsString(sample))).get();
                JsonNode locales = sample.path("brief").path("targetLocales");
                if (locales.isArray() && !locales.isEmpty()) {
                    locales.forEach(locale -> expected.add(id + ":" + locale.asText()));
                } else {
                    expected.add(id + ":fr-FR");
                }
                System.out.println("sent " + id + " to articles.raw");
            }
        }
        return expected;
    }

    private static void print(ConsumerRecord<String, String> record, Set<String> pending) throws Exception {
        switch (record.topic()) {
            case "articles.published" -> {
                JsonNode article = JSON.readTree(record.value());
                System.out.println("\n==== published " + record.key() + " — status " + article.path("status").asText()
                        + ", " + article.path("wordCount").asInt() + " words, " + article.path("h2Count").asInt()
                        + " subheadings, engine " + article.path("provenance").path("rewrite").path("engine").asText());
                System.out.println("seoTitle:        " + article.path("seoTitle").asText());
                System.out.println("metaDescription: " + article.path("metaDescription").asText());
                System.out.println("slug:            " + article.path("slug").asText());
                System.out.println("keyphrase:       " + article.path("keyphrase").asText());
                for (JsonNode reason : article.path("reviewReasons")) {
                    System.out.println("review reason:   " + reason.path("code").asText() + " — "
                            + reason.path("message").asText());
                }
                System.out.println("\n" + article.path("markdown").asText());
                pending.remove(record.key());
            }
            case "articles.metrics" -> System.out.println("metrics " + record.value());
            default -> {
                String reason = header(record, "dead-letter-reason-code") + ": " + header(record, "dead-letter-reason");
                System.out.println("\n==== dead-lettered " + record.key() + " — " + reason);
                String locale = header(record, "dead-letter-locale");
                pending.removeIf(key -> locale == null ? key.startsWith(record.key() + ":")
                        : key.equals(record.key() + ":" + locale));
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Properties consumerConfig(String bootstrap) {
        Properties config = new Properties();
        config.putAll(Map.of("bootstrap.servers", bootstrap,
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName(),
                "enable.auto.commit", "false"));
        return config;
    }
}
