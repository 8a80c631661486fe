package dev.copydesk.rewrite.gates;

import dev.copydesk.model.GateResult;

/**
 * One integrity check of a model's rewrite against its source. Implementations are plain, stateless,
 * deterministic and thread-safe: one instance may serve every article on every thread.
 *
 * <p>A failed result's {@link GateResult#message() message} is written for the model: it can be pasted into a
 * repair prompt as it is (it says what is wrong and what to do about it).
 */
public interface IntegrityGate {

    /** Stable machine-readable code, e.g. {@code quotes-verbatim}. */
    String code();

    GateResult check(GateInput input);
}
