package dev.copydesk.llm;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.spi.RestClientBuilderListener;

/**
 * Sizes the HTTP connection pool of the REST clients quarkus-langchain4j builds for the model providers. They are
 * built programmatically, so the {@code quarkus.rest-client.*} settings never reach them and Quarkus's default of
 * 50 connections would silently cap {@code copydesk.rewrite.max-in-flight}. Registered as a MicroProfile REST
 * client builder listener (META-INF/services), which every new builder calls.
 */
public class LlmConnectionPool implements RestClientBuilderListener {

    /** Quarkus's default pool size: never go below it. */
    static final int QUARKUS_DEFAULT = 50;
    /** The property the Quarkus REST client reads when it builds its Vert.x HTTP client. */
    static final String POOL_SIZE_PROPERTY = "io.quarkus.rest.client.connection-pool-size";

    @Override
    public void onNewBuilder(RestClientBuilder builder) {
        int maxInFlight = ConfigProvider.getConfig()
                .getOptionalValue("copydesk.rewrite.max-in-flight", Integer.class).orElse(QUARKUS_DEFAULT);
        builder.property(POOL_SIZE_PROPERTY, Math.max(QUARKUS_DEFAULT, maxInFlight));
    }
}
