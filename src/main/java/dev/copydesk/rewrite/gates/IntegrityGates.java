package dev.copydesk.rewrite.gates;

import dev.copydesk.model.GateResult;

import java.util.ArrayList;
import java.util.List;

/** The integrity gates, in a fixed order, and a way to run them all. */
public final class IntegrityGates {

    private static final List<IntegrityGate> STANDARD = List.of(
            new QuotesVerbatimGate(),
            new InventedNumbersGate(),
            new EntitiesKeptGate(),
            new LeakedInstructionsGate(),
            new MarkupGate(),
            new SimilarityBandGate(),
            new InstructionsInSourceGate());

    private IntegrityGates() {
    }

    /**
     * Every gate, in this order: {@code quotes-verbatim}, {@code no-invented-numbers}, {@code entities-kept},
     * {@code no-leaked-instructions}, {@code no-markup}, {@code similarity-band}, {@code instructions-in-source}.
     * The gates are stateless and thread-safe; the list is immutable and shared.
     */
    public static List<IntegrityGate> standard() {
        return STANDARD;
    }

    /** The results of every {@link #standard()} gate on {@code input}, in the same order. */
    public static List<GateResult> checkAll(GateInput input) {
        return checkAll(STANDARD, input);
    }

    /** The results of {@code gates} on {@code input}, in order. */
    public static List<GateResult> checkAll(List<? extends IntegrityGate> gates, GateInput input) {
        List<GateResult> results = new ArrayList<>(gates.size());
        for (IntegrityGate gate : gates) {
            results.add(gate.check(input));
        }
        return List.copyOf(results);
    }
}
