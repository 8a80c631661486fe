package dev.copydesk.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReasonCodesTests {

    @Test
    void aMetricLabelDropsArrayIndices() {
        assertEquals("invalid-field:images.url", ReasonCodes.metricLabel("invalid-field:images[3].url"));
        assertEquals("invalid-field:images.url", ReasonCodes.metricLabel("invalid-field:images[1234567].url"));
        assertEquals("invalid-field:highlights", ReasonCodes.metricLabel("invalid-field:highlights[0]"));
    }

    @Test
    void aMetricLabelKeepsCodesThatAreAlreadyBounded() {
        assertEquals("malformed-json", ReasonCodes.metricLabel("malformed-json"));
        assertEquals("missing-field:brief.targetLocales",
                ReasonCodes.metricLabel("missing-field:brief.targetLocales"));
        assertEquals("field-too-long:images.caption", ReasonCodes.metricLabel("field-too-long:images.caption"));
        assertEquals("output-too-large", ReasonCodes.metricLabel(ReasonCodes.OUTPUT_TOO_LARGE));
    }

    @Test
    void aListOfFailedGatesIsOneLabel() {
        assertEquals("gate-failed", ReasonCodes.metricLabel("gate-failed:target-language,min-words"));
    }

    @Test
    void freeTextFallsBackToTheCodeFamily() {
        assertEquals("invalid-field", ReasonCodes.metricLabel("invalid-field:some field with spaces & {braces}"));
        assertEquals("invalid-field", ReasonCodes.metricLabel("invalid-field:" + "a".repeat(200)));
        assertEquals("unknown", ReasonCodes.metricLabel("Something went wrong: details"));
        assertEquals("unknown", ReasonCodes.metricLabel(null));
    }
}
