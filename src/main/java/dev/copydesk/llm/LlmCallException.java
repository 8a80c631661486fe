package dev.copydesk.llm;

/**
 * The model access gave up on this request: retrying it cannot help. The base case is a request the provider
 * refused as such (e.g. HTTP 400: too long); {@link LlmFailedForArticleException} is the other one. Carries the
 * attempt history for the dead letter.
 */
public class LlmCallException extends RuntimeException {

    private final transient AttemptHistory history;

    public LlmCallException(String message, AttemptHistory history, Throwable cause) {
        super(message, cause);
        this.history = history;
    }

    public AttemptHistory history() {
        return history;
    }
}
