package dev.copydesk.rewrite.gates;

import dev.copydesk.model.GateResult;
import dev.copydesk.model.Section;

/** A brief that asks for subheadings gets about one per {@value #WORDS_PER_SUBHEADING} words, at least one. */
public final class SubheadingsGate implements IntegrityGate {

    public static final String CODE = "subheadings";

    /** A brief with subheadings asks for about one subheading per this many words. */
    public static final int WORDS_PER_SUBHEADING = 250;

    @Override
    public String code() {
        return CODE;
    }

    /** Passes without counting when the brief does not ask for subheadings. */
    @Override
    public GateResult check(GateInput input) {
        if (!Boolean.TRUE.equals(input.item().article().brief().subheadings())) {
            return GateResult.pass(CODE, "the brief asks for no subheadings");
        }
        int words = Section.wordCount(input.standfirst(), input.sections());
        int subheadings = Section.subheadingCount(input.sections());
        int wanted = Math.max(1, words / WORDS_PER_SUBHEADING);
        String message = subheadings + " subheadings for " + words + " words; at least " + wanted + " expected";
        return subheadings >= wanted ? GateResult.pass(CODE, message) : GateResult.fail(CODE, message);
    }
}
