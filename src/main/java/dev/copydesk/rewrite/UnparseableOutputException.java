package dev.copydesk.rewrite;

/** The model's answer does not follow the Markdown contract closely enough to be used. */
public class UnparseableOutputException extends RuntimeException {

    public UnparseableOutputException(String message) {
        super(message);
    }
}
