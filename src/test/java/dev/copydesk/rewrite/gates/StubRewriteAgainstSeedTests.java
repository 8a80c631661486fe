package dev.copydesk.rewrite.gates;

import dev.copydesk.model.GateResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed good rewrite of the seed must pass every gate: a gate failing it is too strict. */
class StubRewriteAgainstSeedTests {

    @Test
    void theGoodFrenchRewritePassesEveryIntegrityGate() {
        List<GateResult> results = IntegrityGates.checkAll(GateFixtures.seedAndStub());
        results.forEach(result -> System.out.println(result));
        assertEquals(IntegrityGates.standard().size(), results.size());
        for (GateResult result : results) {
            assertTrue(result.passed(), () -> result.code() + " failed the good rewrite: " + result.message());
        }
    }
}
