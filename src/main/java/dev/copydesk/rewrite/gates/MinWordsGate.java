package dev.copydesk.rewrite.gates;

import dev.copydesk.model.GateResult;
import dev.copydesk.model.Section;

/** The brief's length: the standfirst and sections have at least the brief's {@code minWords} words. */
public final class MinWordsGate implements IntegrityGate {

    public static final String CODE = "min-words";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public GateResult check(GateInput input) {
        int wanted = input.item().article().brief().minWords();
        int words = Section.wordCount(input.standfirst(), input.sections());
        String message = words + " words, the brief asks for at least " + wanted;
        return words >= wanted ? GateResult.pass(CODE, message) : GateResult.fail(CODE, message);
    }
}
