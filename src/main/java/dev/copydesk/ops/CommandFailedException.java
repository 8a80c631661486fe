package dev.copydesk.ops;

/** A command could not do what it was asked; its message says what happened and what to do. */
final class CommandFailedException extends RuntimeException {

    CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
