package dev.copydesk.desk;

import dev.copydesk.ingest.NormalizedArticle;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.Json;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Section;
import dev.copydesk.model.SourceVersion;
import dev.copydesk.rewrite.RewriteGates;
import dev.copydesk.seo.SampleArticles;
import dev.copydesk.support.Samples;
import dev.copydesk.testing.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles held for review as the rewrite stage holds them: the seed sample on the raw topic, and on the review
 * topic its French rewrite with one sentence that invents a number, checked by the real gates against that source
 * (so {@code no-invented-numbers} fails, with the gate's own message).
 */
final class DeskFixtures {

    /** The sentence the model "invented"; an editor removes it. */
    static final String INVENTED = " Au total, 987 blindés auraient été perdus.";

    /** One held article: its key, and the offset of its review record (what the forms send back). */
    record Held(String key, long reviewOffset, RewrittenArticle article) {
    }

    private DeskFixtures() {
    }

    static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    static String topic(String name) {
        return ConfigProvider.getConfig().getValue("copydesk.topics." + name, String.class);
    }

    /** Writes the raw article {@code id} and its review record; returns once both are acknowledged. */
    static Held hold(KafkaTestClient client, String id) {
        byte[] raw = new String(Samples.seedBytes(), StandardCharsets.UTF_8).replace("seed-fr-0001", id)
                .getBytes(StandardCharsets.UTF_8);
        RecordMetadata written = client.produce(topic("raw"), null, id, raw);
        SourceVersion version = new SourceVersion(written.topic(), written.partition(), written.offset(),
                written.timestamp());
        RewrittenArticle held = heldRewrite(id, Samples.ingestor().ingest(raw), version);
        RecordMetadata review = client.produce(topic("review"), null, held.key(),
                Json.write(held).getBytes(StandardCharsets.UTF_8));
        return new Held(held.key(), review.offset(), held);
    }

    /**
     * The records of {@code key} on {@code topic}, read from the beginning until at least {@code atLeast} are there;
     * fails after 30 seconds.
     */
    static List<ConsumerRecord<String, byte[]>> await(KafkaTestClient client, String topic, String key, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<ConsumerRecord<String, byte[]>> found = List.of();
        while (System.nanoTime() < deadline) {
            found = client.consume(topic, Integer.MAX_VALUE, Duration.ofSeconds(2)).stream()
                    .filter(record -> key.equals(record.key())).toList();
            if (found.size() >= atLeast) {
                return found;
            }
        }
        throw new AssertionError("expected " + atLeast + " records of " + key + " on " + topic + ", found "
                + found.size());
    }

    static RewrittenArticle heldRewrite(String id, NormalizedArticle source, SourceVersion version) {
        RewrittenArticle sample = SampleArticles.french();
        List<Section> sections = new ArrayList<>(sample.sections());
        Section first = sections.get(0);
        List<String> paragraphs = new ArrayList<>(first.paragraphs());
        paragraphs.set(0, paragraphs.get(0) + INVENTED);
        sections.set(0, new Section(first.heading(), paragraphs));
        List<GateResult> gates = new RewriteGates(Samples.DETECTOR).checkRewrite(new WorkItem(source, "fr-FR"),
                sample.title(), sample.standfirst(), sections);
        return new RewrittenArticle(id, "fr-FR", source.sourceLanguage(), sample.title(), sample.standfirst(),
                sections, sample.images(), ArticleStatus.NEEDS_REVIEW, gates, sample.seoHints(), sample.source(),
                source.brief(), sample.provenance(), version);
    }
}
