package dev.copydesk.drills;

import java.time.Duration;
import java.util.List;

/**
 * What the auditor found for one drill. {@code inputs} counts accounting units (input record × target locale), so
 * published + review + deadLetter + lost = inputs; {@code records} is how many records the drill sent. The sample
 * lists hold a few examples of each problem for the report, never all of them.
 */
public record AuditReport(int records, int inputs, int published, int review, int deadLetter, int lost,
                          int duplicates, int versionRegressions, Duration longestPause, int unattributed,
                          int unexpectedOutcomes, int sourceVersionMissing, List<String> samples) {

    public AuditReport {
        samples = List.copyOf(samples);
    }

    public boolean passes() {
        return lost == 0 && versionRegressions == 0;
    }
}
