package dev.copydesk.tracing;

import dev.copydesk.kafka.PartitionOwnership;
import dev.copydesk.metrics.StageMetrics;
import dev.copydesk.model.ArticleKey;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.ReasonCodes;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;

/**
 * Spans and log context of the stages' work. Each record a stage works on gets a span that continues the trace of
 * its input record ({@link TraceHeaders}), and the article's id and locale in the logging MDC (the JSON log's
 * {@code mdc} field) for as long as the worker thread works on it; both are cleared before the thread takes its next
 * record. The rewrite stage fans a raw article out per target locale, and each locale starts a trace of its own,
 * linked to the raw record's span: one trace per article and locale, from the rewrite to the published record.
 * <p>
 * Span attributes are identifiers, counts and codes only (id, locale, topic, partition, offset, status, reason
 * code): never a title, a body, a prompt or a header value of the input.
 */
@ApplicationScoped
public class StageTracing {

    /** MDC key of the article id. */
    public static final String MDC_ARTICLE_ID = "articleId";
    /** MDC key of the target locale. */
    public static final String MDC_LOCALE = "locale";

    public static final AttributeKey<String> ARTICLE_ID = AttributeKey.stringKey("copydesk.article.id");
    public static final AttributeKey<String> LOCALE = AttributeKey.stringKey("copydesk.locale");
    public static final AttributeKey<String> STAGE = AttributeKey.stringKey("copydesk.stage");
    public static final AttributeKey<String> STATUS = AttributeKey.stringKey("copydesk.status");
    public static final AttributeKey<String> REASON = AttributeKey.stringKey("copydesk.reason");
    /** Name of the span of one locale's rewrite, the root of that locale's trace. */
    public static final String LOCALE_SPAN = "rewrite";

    /** Longest id or locale written in a span or the MDC: a key is input, and may be anything. */
    static final int MAX_VALUE_CHARS = 200;

    private final Tracer tracer;

    StageTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Ends a span and clears what it put in the MDC; never throws. */
    @FunctionalInterface
    public interface Traced extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * {@code work} in a span named {@code process <topic>} whose parent is the record's {@code traceparent}, with
     * the article id (and locale, for keys {@code id:locale}) in the MDC.
     */
    public PartitionOwnership.Work traced(String stage, PartitionOwnership.Work work) {
        return (record, claim) -> {
            // The raw topic is keyed by the id alone, which may itself contain ':'; the others by id:locale.
            ArticleKey key = StageMetrics.REWRITE.equals(stage) ? null : ArticleKey.parse(record.key());
            String id = cut(key == null ? record.key() : key.id());
            String locale = key == null ? null : cut(key.locale());
            SpanBuilder builder = tracer.spanBuilder("process " + record.topic())
                    .setParent(TraceHeaders.extract(record.headers()))
                    .setSpanKind(SpanKind.CONSUMER)
                    .setAttribute(STAGE, stage)
                    .setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.operation.type", "process")
                    .setAttribute("messaging.destination.name", record.topic())
                    .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                    .setAttribute("messaging.kafka.offset", record.offset());
            if (id != null) {
                builder.setAttribute(ARTICLE_ID, id);
            }
            if (locale != null) {
                builder.setAttribute(LOCALE, locale);
            }
            Span span = builder.startSpan();
            put(MDC_ARTICLE_ID, id);
            put(MDC_LOCALE, locale);
            try (Scope ignored = span.makeCurrent()) {
                work.process(record, claim);
            } catch (RuntimeException | Error e) {
                // A broker failure or fenced work: what a record causes ends as a dead letter inside the work.
                span.setStatus(StatusCode.ERROR);
                span.setAttribute("error.type", e.getClass().getName());
                throw e;
            } finally {
                span.end();
                MDC.remove(MDC_ARTICLE_ID);
                MDC.remove(MDC_LOCALE);
            }
        };
    }

    /**
     * One target locale of a raw article, on the worker thread already in {@link #traced}: a new trace, linked to
     * the raw record's span, current until closed, with the locale in the MDC.
     */
    public Traced locale(String articleId, String locale) {
        SpanBuilder builder = tracer.spanBuilder(LOCALE_SPAN)
                .setNoParent()
                .setAttribute(STAGE, StageMetrics.REWRITE);
        if (Span.current().getSpanContext().isValid()) {
            builder.addLink(Span.current().getSpanContext());
        }
        String id = cut(articleId);
        String tag = cut(locale);
        if (id != null) {
            builder.setAttribute(ARTICLE_ID, id);
            put(MDC_ARTICLE_ID, id);
        }
        if (tag != null) {
            builder.setAttribute(LOCALE, tag);
        }
        Span span = builder.startSpan();
        Scope scope = span.makeCurrent();
        put(MDC_LOCALE, tag);
        return () -> {
            MDC.remove(MDC_LOCALE);
            scope.close();
            span.end();
        };
    }

    /** Marks the current span with a stage outcome (StageMetrics calls it for every outcome). */
    public static void outcome(ArticleStatus status, String reasonCode) {
        Span span = Span.current();
        if (!span.isRecording()) {
            return;
        }
        span.setAttribute(STATUS, status.wireName());
        if (status == ArticleStatus.DEAD_LETTERED) {
            span.setAttribute(REASON, ReasonCodes.metricLabel(reasonCode));
            span.setStatus(StatusCode.ERROR, "dead-lettered");
        }
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    static String cut(String value) {
        return value == null || value.length() <= MAX_VALUE_CHARS ? value : value.substring(0, MAX_VALUE_CHARS);
    }
}
