package dev.copydesk.drills;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quick subset of the drill suite in the normal build (failsafe, after package: it runs the packaged worker):
 * the worker SIGKILLed mid-run and restarted, and hostile inputs in a normal stream, a few hundred articles on a
 * broker of their own. Every input is accounted for and no older version is published over a newer one; the
 * table is in target/drills/drill-table.md. Duplicates are reported there, not asserted.
 */
class DrillsIT {

    @Test
    void aWorkerKilledMidRunAndAHostileMixLoseNothingAndPublishNoOlderVersion() {
        List<DrillTable.Row> rows = Drills.run(true, Set.of(2, 6));

        assertEquals(2, rows.size());
        for (DrillTable.Row row : rows) {
            AuditReport report = row.report();
            assertNotNull(report, row.drill().title() + " could not run: " + row.failure());
            assertTrue(report.inputs() > 0, row.drill().title());
            assertEquals(0, report.lost(), row.drill().title() + ": lost inputs " + report.samples());
            assertEquals(0, report.versionRegressions(), row.drill().title() + ": " + report.samples());
        }
    }
}
