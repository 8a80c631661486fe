package dev.copydesk.llm;

/**
 * The provider kept failing this request while it answered others (or a canary): a 5xx that only this input
 * triggers, a generation that times out every time, an answer that always comes back empty. Given up after the
 * article's bounded retries, so the article can be dead-lettered and its partition go on.
 */
public class LlmFailedForArticleException extends LlmCallException {

    public LlmFailedForArticleException(String message, AttemptHistory history, Throwable cause) {
        super(message, history, cause);
    }
}
