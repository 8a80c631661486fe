package dev.copydesk.ops;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedriveSelectionTests {

    @Test
    void aReasonIsMatchedExactly() {
        assertTrue(Redrive.reasonMatches("malformed-json", "malformed-json"));
        assertFalse(Redrive.reasonMatches("malformed", "malformed-json"));
        assertFalse(Redrive.reasonMatches("malformed-json", null));
    }

    @Test
    void aTrailingStarMatchesAPrefix() {
        assertTrue(Redrive.reasonMatches("invalid-field:*", "invalid-field:brief.minWords"));
        assertFalse(Redrive.reasonMatches("invalid-field:*", "missing-field:id"));
    }

    @Test
    void replayLocalesCompareAsBcp47Tags() {
        assertTrue(Replay.sameLocale("fr-FR", "fr_fr"));
        assertFalse(Replay.sameLocale("fr-FR", "fr-CA"));
        assertFalse(Replay.sameLocale("fr-FR", null));
    }
}
