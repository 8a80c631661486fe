package dev.copydesk.llm;

/**
 * The provider answered 200 with no content (a content filter, a reasoning model that spent its tokens thinking, a
 * proxy that lost the body). A provider fault, retried like one; not a model answer that breaks the Markdown contract.
 */
public class EmptyAnswerException extends RuntimeException {

    public EmptyAnswerException(String message) {
        super(message);
    }
}
