package dev.copydesk.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The W3C {@code traceparent} header of copydesk's records, read and written here only. SmallRye's own Kafka tracing
 * does not carry a trace from a stage's input to its outputs: the stages consume {@code ConsumerRecord}s and write
 * new messages through emitters (kafka/Outbound), so the connector sees no link between the two, and the outputs
 * are written on other threads than the work. It is turned off (application.properties, tracing-enabled) and the
 * stages carry the context themselves: extracted from the input record here, the stage's span made current on the
 * worker thread, and written into every output record from that thread.
 */
public final class TraceHeaders {

    private static final W3CTraceContextPropagator PROPAGATOR = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Headers> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            for (Header header : headers) {
                keys.add(header.key());
            }
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    /** Replaces rather than adds: a dead letter copies its input's headers, and must carry its own trace. */
    private static final TextMapSetter<Headers> SETTER = (headers, key, value) -> {
        if (headers != null) {
            headers.remove(key);
            headers.add(key, value.getBytes(StandardCharsets.UTF_8));
        }
    };

    private TraceHeaders() {
    }

    /** The trace context the record's producer wrote, or the root context when it wrote none (or a malformed one). */
    public static Context extract(Headers headers) {
        return PROPAGATOR.extract(Context.root(), headers, GETTER);
    }

    /** Writes the current trace context into an outgoing record's headers; nothing when there is none (tracing off). */
    public static void inject(Headers headers) {
        PROPAGATOR.inject(Context.current(), headers, SETTER);
    }
}
