package dev.copydesk.kafka;

import dev.copydesk.model.ArticleMetrics;
import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.tracing.TraceHeaders;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
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
 * A send fails with {@link OutputTooLargeException} when the record is too large to be written (the record's fault)
 * and with {@link SendFailedException} for anything else (the broker's). Every record carries the trace context of
 * the work that wrote it ({@link TraceHeaders}): the context current on the thread that calls the send.
 */
@ApplicationScoped
public class Outbound {

    /**
     * How long a stage waits for the broker to acknowledge its output before failing the channel. Longer than the
     * producer's delivery.timeout.ms (120 s), so the producer's own, more precise failure normally comes first.
     */
    static final Duration ACK_TIMEOUT = Duration.ofMinutes(3);

    /**
     * Header of a record the replay command copied back onto a stage's input topic; its value is the replay id.
     * The stages carry it onto every output made from that record ({@link #carried}), so a replay's outputs can be
     * told apart and counted downstream.
     */
    public static final String REPLAY = "copydesk-replay";

    /** Longest human-readable reason written in a dead-letter header: headers count toward the record's size. */
    static final int MAX_REASON_CHARS = 2000;

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

    /** The headers of {@code input} that its outputs carry: the replay header, when the record is a replay copy. */
    public static Headers carried(ConsumerRecord<?, ?> input) {
        RecordHeaders headers = new RecordHeaders();
        Header replay = input.headers().lastHeader(REPLAY);
        if (replay != null) {
            headers.add(replay);
        }
        return headers;
    }

    public Uni<Void> rewritten(RewrittenArticle article) {
        return rewritten(article, new RecordHeaders());
    }

    public Uni<Void> rewritten(RewrittenArticle article, Headers carried) {
        return send(rewritten, "rewritten article " + article.key(), article.key(), Json.write(article), carried);
    }

    /** An article an editor must look at, on the review topic as well as on its way to publication. */
    public Uni<Void> review(RewrittenArticle article) {
        return review(article, new RecordHeaders());
    }

    public Uni<Void> review(RewrittenArticle article, Headers carried) {
        return send(review, "review article " + article.key(), article.key(), Json.write(article), carried);
    }

    public Uni<Void> published(PublishedArticle article) {
        return published(article, new RecordHeaders());
    }

    public Uni<Void> published(PublishedArticle article, Headers carried) {
        return send(published, "published article " + article.key(), article.key(), Json.write(article), carried);
    }

    public Uni<Void> metrics(ArticleMetrics event) {
        return metrics(event, new RecordHeaders());
    }

    public Uni<Void> metrics(ArticleMetrics event, Headers carried) {
        String key = event.locale() == null ? event.id() : event.id() + ":" + event.locale();
        return send(metrics, "metrics event", key, Json.write(event), carried);
    }

    /** The original key, value and headers, plus the dead-letter headers (a header of the same name is replaced). */
    public Uni<Void> deadLetter(DeadLetter letter) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : letter.original().headers()) {
            headers.add(header);
        }
        deadLetterHeaders(headers, letter);
        byte[] value = letter.original().value();
        return sendDeadLetter("dead letter", letter.original().key(), value == null ? new byte[0] : value, headers);
    }

    /**
     * What is written when the dead letter itself was refused as too large: the first {@code payloadBytes} bytes of
     * the original value and of its key, none of its headers, and headers that say where the original is (topic,
     * partition, offset), how large its value was and why the full dead letter was refused.
     */
    public Uni<Void> fallbackDeadLetter(DeadLetter letter, int payloadBytes, String refusal) {
        ConsumerRecord<String, byte[]> original = letter.original();
        RecordHeaders headers = new RecordHeaders();
        deadLetterHeaders(headers, letter);
        int originalSize = original.value() == null ? 0 : original.value().length;
        header(headers, DeadLetter.ORIGINAL_SIZE, String.valueOf(originalSize));
        header(headers, DeadLetter.FALLBACK_CAUSE, cut(refusal, MAX_REASON_CHARS));
        byte[] value = original.value() == null ? new byte[0]
                : Arrays.copyOf(original.value(), Math.min(payloadBytes, originalSize));
        return sendDeadLetter("fallback dead letter", utf8Prefix(original.key(), payloadBytes), value, headers);
    }

    /**
     * Waits until the broker acknowledged every send. Fails with {@link OutputTooLargeException} when one was
     * refused as too large, and with {@link SendFailedException} on any other failure or after {@link #ACK_TIMEOUT}.
     */
    public static void awaitAll(List<Uni<Void>> sends) {
        try {
            Uni.join().all(sends).andFailFast().await().atMost(ACK_TIMEOUT);
        } catch (OutputTooLargeException | SendFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SendFailedException("output not acknowledged: " + e, e);
        }
    }

    @SafeVarargs
    public static void awaitAll(Uni<Void>... sends) {
        awaitAll(Arrays.asList(sends));
    }

    private static Uni<Void> send(MutinyEmitter<String> emitter, String output, String key, String json,
                                  Headers carried) {
        RecordHeaders headers = new RecordHeaders(carried.toArray());
        TraceHeaders.inject(headers);
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder().withKey(key)
                .withHeaders(headers).build();
        return classifyFailure(emitter.sendMessage(Message.of(json).addMetadata(metadata)), output);
    }

    private Uni<Void> sendDeadLetter(String output, String key, byte[] value, RecordHeaders headers) {
        TraceHeaders.inject(headers);
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(key)
                .withHeaders(headers)
                .build();
        return classifyFailure(deadLetters.sendMessage(Message.of(value).addMetadata(metadata)), output);
    }

    /** Too large is the record's fault; every other failure to write is the broker's (see the exceptions). */
    private static Uni<Void> classifyFailure(Uni<Void> send, String output) {
        return send.onFailure().transform(failure -> {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException) {
                    return new OutputTooLargeException(output, cause);
                }
            }
            return new SendFailedException(output + " not written: " + failure, failure);
        });
    }

    private static void deadLetterHeaders(RecordHeaders headers, DeadLetter letter) {
        header(headers, DeadLetter.REASON_CODE, letter.reasonCode());
        header(headers, DeadLetter.REASON, cut(letter.reason(), MAX_REASON_CHARS));
        header(headers, DeadLetter.STAGE, letter.stage());
        header(headers, DeadLetter.LOCALE, letter.locale());
        header(headers, DeadLetter.TOPIC, letter.original().topic());
        header(headers, DeadLetter.PARTITION, String.valueOf(letter.original().partition()));
        header(headers, DeadLetter.OFFSET, String.valueOf(letter.original().offset()));
    }

    /** {@code text} cut to {@code maxChars} characters, marked with an ellipsis when cut. */
    static String cut(String text, int maxChars) {
        return text == null || text.length() <= maxChars ? text : text.substring(0, maxChars) + "…";
    }

    /** The longest prefix of {@code text} whose UTF-8 encoding fits in {@code maxBytes}, whole code points only. */
    static String utf8Prefix(String text, int maxBytes) {
        if (text == null) {
            return null;
        }
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.remove(name);
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
