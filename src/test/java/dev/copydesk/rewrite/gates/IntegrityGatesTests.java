package dev.copydesk.rewrite.gates;

import dev.copydesk.model.GateResult;
import dev.copydesk.rewrite.ParsedArticle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntegrityGatesTests {

    @Test
    void listsEveryGateOnceInAFixedOrder() {
        assertEquals(List.of("quotes-verbatim", "no-invented-numbers", "entities-kept", "no-leaked-instructions",
                        "no-markup", "similarity-band", "instructions-in-source"),
                IntegrityGates.standard().stream().map(IntegrityGate::code).toList());
    }

    @Test
    void checkAllGivesOneResultPerGateInTheSameOrderUnderTheGateCode() {
        GateInput input = GateFixtures.seedAndStubWith("grand partenariat eurasien", "vaste partenariat",
                "des milliers de renforts", "4 000 renforts");
        List<GateResult> results = IntegrityGates.checkAll(input);
        assertEquals(IntegrityGates.standard().stream().map(IntegrityGate::code).toList(),
                results.stream().map(GateResult::code).toList());
        assertFalse(results.get(0).passed());
        assertFalse(results.get(1).passed());
        assertTrue(results.subList(2, results.size()).stream().allMatch(GateResult::passed), results::toString);
    }

    @Test
    void sourceAndOutputTextHoldEveryPart() {
        GateInput input = GateFixtures.seedAndStub();
        assertTrue(input.sourceText().startsWith("Poutine cherche à resserrer"), input.sourceText());
        assertTrue(input.sourceText().contains("Les commandants russes pensent que les troupes"), "highlights");
        assertTrue(input.sourceText().endsWith("pour mettre fin à la guerre."), input.sourceText());
        assertTrue(input.outputText().startsWith("Poutine et la Chine : le Kremlin cherche l’appui de Pékin\n\n"
                + "Freiné à Bakhmut"), input.outputText());
        assertTrue(input.outputText().contains("\n\nBakhmut, le tournant d’une offensive enlisée\n\n"), "headings");
        assertFalse(input.isTranslation());
    }

}
