package dev.copydesk.llm;

import dev.langchain4j.exception.HttpException;
import jakarta.ws.rs.WebApplicationException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

/** What a failed model call means for the article, whatever client library raised it. */
public enum FailureKind {
    /** HTTP 429: the provider's quota; wait as long as it says. */
    THROTTLED,
    /** The provider is down, slow, unreachable or misconfigured (5xx, timeouts, connection errors, 401/403/404). */
    UNAVAILABLE,
    /** The provider refused this request (400, 413, 422): the same request will fail again. */
    REJECTED;

    public static FailureKind of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http) {
                // A 429 for an exhausted billing quota will not pass by waiting: treat it as an outage, so the circuit
                // opens and readiness shows the worker paused.
                if (http.statusCode() == 429 && String.valueOf(http.getMessage()).contains("insufficient_quota")) {
                    return UNAVAILABLE;
                }
                return ofStatus(http.statusCode());
            }
            // The Ollama client has no exception mapper: its HTTP errors arrive as JAX-RS exceptions.
            if (cause instanceof WebApplicationException web && web.getResponse() != null) {
                return ofStatus(web.getResponse().getStatus());
            }
            if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
                    || cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
                return UNAVAILABLE;
            }
        }
        return UNAVAILABLE;
    }

    static FailureKind ofStatus(int status) {
        if (status == 429) {
            return THROTTLED;
        }
        if (status == 400 || status == 413 || status == 422) {
            return REJECTED;
        }
        return UNAVAILABLE;
    }
}
