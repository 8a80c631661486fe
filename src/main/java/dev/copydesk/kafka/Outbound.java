package dev.copydesk.kafka;

import dev.copydesk.model.ArticleMetrics;
import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.model.RewrittenArticle;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Everything the stages write to Kafka. Each send completes when the broker has acknowledged it, and the stages
 * wait for that before their input record is acknowledged: an offset is only committed once its output is safe.
 */
@ApplicationScoped
public class Outbound {

    /** How long a stage waits for the broker to acknowledge its output before failing the channel. */
    static final Duration ACK_TIMEOUT = Duration.ofMinutes(3);

    private final MutinyEmitter<String> rewritten;
    private final MutinyEmitter<String> published;
    private final MutinyEmitter<String> metrics;
    private final MutinyEmitter<String> review;
    private final MutinyEmitter<byte[]> deadLetters;

    Outbound(@Channel(Channels.REWRITTEN_ARTICLES_OUT) MutinyEmitter<String> rewritten,
             @Channel(Channels.PUBLISHED_ARTICLES) MutinyEmitter<String> published,
             @Channel(Channels.ARTICLE_METRICS) MutinyEmitter<String> metrics,
             @Channel(Channels.REVIEW_ARTICLES) MutinyEmitter<String> review,
             @Channel(Channels.DEAD_LETTERS) MutinyEmitter<byte[]> deadLetters) {
        this.rewritten = rewritten;
        this.published = published;
        this.metrics = metrics;
        this.review = review;
        this.deadLetters = deadLetters;
    }

    public Uni<Void> rewritten(RewrittenArticle article) {
        return send(rewritten, article.key(), Json.write(article));
    }

    /** An article an editor must look at, on the review topic as well as on its way to publication. */
    public Uni<Void> review(RewrittenArticle article) {
        return send(review, article.key(), Json.write(article));
    }

    public Uni<Void> published(PublishedArticle article) {
        return send(published, article.key(), Json.write(article));
    }

    public Uni<Void> metrics(ArticleMetrics event) {
        String key = event.locale() == null ? event.id() : event.id() + ":" + event.locale();
        return send(metrics, key, Json.write(event));
    }

    public Uni<Void> deadLetter(DeadLetter letter) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : letter.original().headers()) {
            headers.add(header);
        }
        header(headers, DeadLetter.REASON_CODE, letter.reasonCode());
        header(headers, DeadLetter.REASON, letter.reason());
        header(headers, DeadLetter.STAGE, letter.stage());
        header(headers, DeadLetter.LOCALE, letter.locale());
        header(headers, DeadLetter.TOPIC, letter.original().topic());
        header(headers, DeadLetter.PARTITION, String.valueOf(letter.original().partition()));
        header(headers, DeadLetter.OFFSET, String.valueOf(letter.original().offset()));
        byte[] value = letter.original().value();
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(letter.original().key())
                .withHeaders(headers)
                .build();
        return deadLetters.sendMessage(Message.of(value == null ? new byte[0] : value).addMetadata(metadata));
    }

    /** Waits until the broker acknowledged every send; fails if one failed. */
    public static void awaitAll(List<Uni<Void>> sends) {
        Uni.join().all(sends).andFailFast().await().atMost(ACK_TIMEOUT);
    }

    @SafeVarargs
    public static void awaitAll(Uni<Void>... sends) {
        awaitAll(Arrays.asList(sends));
    }

    private static Uni<Void> send(MutinyEmitter<String> emitter, String key, String json) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build();
        return emitter.sendMessage(Message.of(json).addMetadata(metadata));
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.remove(name);
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
