package dev.copydesk.desk;

/** An action the desk refuses, with the HTTP status and a message for the editor. */
public final class DeskException extends RuntimeException {

    private final int status;

    DeskException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static DeskException notFound(String key) {
        return new DeskException(404, "No article " + key + " on the review desk.");
    }

    static DeskException badRequest(String message) {
        return new DeskException(400, message);
    }

    static DeskException conflict(String message) {
        return new DeskException(409, message);
    }
}
