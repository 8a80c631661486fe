package dev.copydesk.rewrite;

import dev.copydesk.ingest.LanguageDetector;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.Section;
import dev.copydesk.rewrite.gates.GateInput;
import dev.copydesk.rewrite.gates.IntegrityGate;
import dev.copydesk.rewrite.gates.IntegrityGates;
import dev.copydesk.rewrite.gates.MinWordsGate;
import dev.copydesk.rewrite.gates.SubheadingsGate;
import dev.copydesk.rewrite.gates.TargetLanguageGate;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks every rewritten article must pass before it goes out without review. Each result has a stable code;
 * all results, passed or not, travel in the event so an editor sees what was checked.
 */
public final class RewriteGates {

    private final List<IntegrityGate> briefGates;

    public RewriteGates(LanguageDetector languageDetector) {
        this.briefGates = List.of(new TargetLanguageGate(languageDetector), new MinWordsGate(), new SubheadingsGate());
    }

    /** The brief's gates and the integrity gates, for a model's rewrite. */
    public List<GateResult> checkRewrite(WorkItem item, String title, String standfirst, List<Section> sections) {
        GateInput input = new GateInput(item, title, standfirst, sections);
        List<GateResult> results = new ArrayList<>(IntegrityGates.checkAll(briefGates, input));
        results.addAll(IntegrityGates.checkAll(input));
        return results;
    }

    /** The brief's gates only (language, length, structure): what the passthrough engine can be judged on. */
    public List<GateResult> check(WorkItem item, String standfirst, List<Section> sections) {
        return IntegrityGates.checkAll(briefGates, new GateInput(item, null, standfirst, sections));
    }
}
