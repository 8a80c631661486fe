package dev.copydesk.llm;

import dev.langchain4j.exception.HttpException;
import jakarta.ws.rs.WebApplicationException;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/** What a failed model call means for the article, whatever client library raised it. */
public enum FailureKind {
    /** HTTP 429: the provider's quota; wait as long as it says. */
    THROTTLED,
    /**
     * The provider cannot be reached or will not serve this worker (connection errors, 401/403/404, an exhausted
     * billing quota): no article can be at fault, so it is always an outage.
     */
    UNAVAILABLE,
    /**
     * The provider took the request and failed it (5xx, a timeout, an empty answer, anything unrecognised). Either
     * the provider is failing everyone (an outage) or only this request (a bad article): the caller tells which by
     * whether other calls are answered meanwhile.
     */
    FAULT,
    /** The provider refused this request (400, 413, 422): the same request will fail again. */
    REJECTED;

    public static FailureKind of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof EmptyAnswerException) {
                return FAULT;
            }
            Integer status = statusOf(cause);
            if (status != null) {
                // A 429 for an exhausted billing quota will not pass by waiting: treat it as an outage, so the circuit
                // opens and readiness shows the worker paused.
                if (status == 429 && String.valueOf(cause.getMessage()).contains("insufficient_quota")) {
                    return UNAVAILABLE;
                }
                return ofStatus(status);
            }
            if (isConnectionFailure(cause)) {
                return UNAVAILABLE;
            }
            if (isTimeout(cause)) {
                return FAULT;
            }
        }
        return FAULT;
    }

    static FailureKind ofStatus(int status) {
        if (status == 429) {
            return THROTTLED;
        }
        if (status == 400 || status == 413 || status == 422) {
            return REJECTED;
        }
        if (status == 401 || status == 403 || status == 404) {
            return UNAVAILABLE;
        }
        return FAULT;
    }

    /**
     * A short name of what happened, for the attempt history in dead-letter headers: {@code http-503},
     * {@code timeout}, {@code empty-answer}, {@code connection}, else the exception's simple class name. Never a
     * message, a URL or a header: nothing secret can leak through it.
     */
    public static String label(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof EmptyAnswerException) {
                return "empty-answer";
            }
            Integer status = statusOf(cause);
            if (status != null) {
                return "http-" + status;
            }
            if (isConnectionFailure(cause)) {
                return "connection";
            }
            if (isTimeout(cause)) {
                return "timeout";
            }
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the call failed because its thread was interrupted (the worker is shutting down), not because of the
     * provider. A socket timeout is an {@link InterruptedIOException} too, and is not one.
     */
    public static boolean isInterrupt(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException || cause instanceof ClosedByInterruptException
                    || (cause instanceof InterruptedIOException && !(cause instanceof SocketTimeoutException))) {
                return true;
            }
        }
        return false;
    }

    private static Integer statusOf(Throwable cause) {
        if (cause instanceof HttpException http) {
            return http.statusCode();
        }
        // The Ollama client has no exception mapper: its HTTP errors arrive as JAX-RS exceptions.
        if (cause instanceof WebApplicationException web && web.getResponse() != null) {
            return web.getResponse().getStatus();
        }
        return null;
    }

    /** No connection at all (a connect timeout included): the request never reached the provider. */
    private static boolean isConnectionFailure(Throwable cause) {
        return cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException;
    }

    private static boolean isTimeout(Throwable cause) {
        // Vert.x and Netty name their timeouts without extending the JDK's types (e.g. ReadTimeoutException,
        // NoStackTraceTimeoutException); LangChain4j has its own TimeoutException.
        return cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException
                || cause instanceof TimeoutException
                || cause.getClass().getSimpleName().endsWith("TimeoutException");
    }
}
