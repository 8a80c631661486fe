package dev.copydesk.rewrite.gates;

import dev.copydesk.ingest.LanguageDetector;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.Section;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The text (standfirst and paragraphs) is in the language of the target locale, as Lingua detects it. */
public final class TargetLanguageGate implements IntegrityGate {

    public static final String CODE = "target-language";

    private final LanguageDetector detector;

    public TargetLanguageGate(LanguageDetector detector) {
        this.detector = detector;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public GateResult check(GateInput input) {
        String text = Stream.concat(Stream.ofNullable(input.standfirst()),
                        input.sections().stream().map(Section::paragraphs).flatMap(java.util.List::stream))
                .collect(Collectors.joining("\n"));
        String wanted = input.targetLanguage();
        String found = detector.detect(text).orElse("unknown");
        String locale = input.item().locale();
        return found.equals(wanted)
                ? GateResult.pass(CODE, "text is in " + found + " as " + locale + " asks")
                : GateResult.fail(CODE, "text is in " + found + ", " + locale + " asks for " + wanted);
    }
}
