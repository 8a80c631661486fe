package dev.copydesk.llm;

import io.quarkus.arc.Arc;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads Retry-After from the model provider's throttling answers. The LangChain4j client turns an error response
 * into an exception that keeps the status and body but drops the headers, so the header is taken here, on the
 * REST client every quarkus-langchain4j provider uses.
 */
@Provider
public class RetryAfterFilter implements ClientResponseFilter {

    private final ProviderCooldown cooldown;

    /** The REST client instantiates providers itself, so the shared cooldown is looked up rather than injected. */
    public RetryAfterFilter() {
        this(Arc.container().instance(ProviderCooldown.class).get());
    }

    RetryAfterFilter(ProviderCooldown cooldown) {
        this.cooldown = cooldown;
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        int status = response.getStatus();
        if (status == 429 || status == 503) {
            cooldown.retryAfter(response.getHeaderString("Retry-After"));
        }
    }
}
