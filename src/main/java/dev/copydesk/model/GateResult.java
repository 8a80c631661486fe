package dev.copydesk.model;

/**
 * One quality check on a rewritten article. {@code code} is machine-readable and stable
 * (e.g. {@code min-words}, {@code target-language}); {@code message} says what an editor should look at.
 */
public record GateResult(String code, boolean passed, String message) {

    public static GateResult pass(String code, String message) {
        return new GateResult(code, true, message);
    }

    public static GateResult fail(String code, String message) {
        return new GateResult(code, false, message);
    }
}
