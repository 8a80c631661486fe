package dev.copydesk.testing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Spans kept in memory, for tests that turn the OpenTelemetry SDK on (quarkus.otel.sdk.disabled=false). Quarkus
 * exports to every SpanExporter bean; with the SDK off (the default) nothing is recorded and this bean is unused.
 */
@ApplicationScoped
public class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
