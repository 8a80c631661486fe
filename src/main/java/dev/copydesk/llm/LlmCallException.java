package dev.copydesk.llm;

/** A call the provider refused for this request itself (e.g. HTTP 400: too long); retrying it cannot help. */
public class LlmCallException extends RuntimeException {

    public LlmCallException(String message, Throwable cause) {
        super(message, cause);
    }
}
