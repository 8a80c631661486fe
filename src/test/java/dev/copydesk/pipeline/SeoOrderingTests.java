package dev.copydesk.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.support.Samples;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The SEO stage works on many records at once; records of one key must still come out in the order they came in,
 * since the published topic is compacted and the last version wins.
 */
@QuarkusTest
@TestProfile(PoisonPipelineProfile.class)
class SeoOrderingTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final int VERSIONS = 30;
    private static final int OTHER_ARTICLES = 60;

    @Test
    void versionsOfOneArticleArePublishedInOrderAmongManyOthers() {
        try (PipelineTopics topics = new PipelineTopics(PoisonPipelineProfile.PREFIX)) {
            topics.produce("ordering-template", Samples.seedAs("ordering-template"));
            byte[] template = topics.await(topics.rewritten, PipelineTopics.keyed("ordering-template:fr-FR"), 1,
                    TIMEOUT).get(0).value();

            String key = "ordering:fr-FR";
            int partition = topics.partitionOf(topics.rewritten, key);
            for (int version = 0; version < VERSIONS; version++) {
                topics.produce(topics.rewritten, partition, key, withIdAndTitle(template, "ordering", "v" + version));
                // Other articles on the same partition, interleaved, so that the stage has them in flight too.
                for (int other = version * 2; other < version * 2 + 2; other++) {
                    String id = "ordering-other-" + other;
                    topics.produce(topics.rewritten, partition, id + ":fr-FR", withIdAndTitle(template, id, "o"));
                }
            }

            List<ConsumerRecord<String, byte[]>> published = topics.await(topics.published,
                    PipelineTopics.keyed(key), VERSIONS, TIMEOUT);
            List<String> titles = published.stream()
                    .map(record -> Json.read(record.value(), PublishedArticle.class).title())
                    .map(title -> title.substring(0, title.indexOf(' ')))
                    .toList();
            assertEquals(IntStream.range(0, VERSIONS).mapToObj(version -> "v" + version).toList(), titles);
            topics.await(topics.published, record -> record.key().startsWith("ordering-other-"), OTHER_ARTICLES,
                    TIMEOUT);
        }
    }

    /** The rewritten article {@code template} as article {@code id}, its title starting with {@code marker}. */
    private static byte[] withIdAndTitle(byte[] template, String id, String marker) {
        try {
            ObjectNode article = (ObjectNode) Json.MAPPER.readTree(template);
            article.put("id", id);
            article.put("title", marker + " " + article.get("title").asText());
            return Json.write(article).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
