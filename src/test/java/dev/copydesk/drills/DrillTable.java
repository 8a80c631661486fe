package dev.copydesk.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The drill table in Markdown, with the date, the machine and each drill's details below it. */
final class DrillTable {

    /** One drill's outcome: its report, or the failure that stopped it. */
    record Row(Drill drill, AuditReport report, List<String> notes, Duration elapsed, String failure) {
    }

    private DrillTable() {
    }

    static String render(List<Row> rows, String mode) {
        StringBuilder out = new StringBuilder();
        out.append("Drills (").append(mode).append("), ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores (nproc), ")
                .append(Drills.unameM()).append(", Java ").append(System.getProperty("java.runtime.version"))
                .append("\n\n");
        out.append("| drill | inputs | published | review | dead letter | lost | duplicates | version regressions "
                + "| longest pause |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            AuditReport r = row.report();
            if (r == null) {
                out.append("| ").append(row.drill().title()).append(" | failed: ").append(row.failure())
                        .append(" | | | | | | | |\n");
                continue;
            }
            out.append(String.format("| %s | %d | %d | %d | %d | %d | %d | %d | %.1f s |%n", row.drill().title(),
                    r.inputs(), r.published(), r.review(), r.deadLetter(), r.lost(), r.duplicates(),
                    r.versionRegressions(), r.longestPause().toMillis() / 1000.0));
        }
        out.append("\ninputs = input records × target locales; a record rejected before fan-out is one dead letter "
                + "for each of its locales. Each drill runs on a fresh broker (child process).\n");
        for (Row row : rows) {
            out.append("\n### ").append(row.drill().title()).append(String.format(" (%.0f s)%n",
                    row.elapsed().toMillis() / 1000.0));
            AuditReport r = row.report();
            if (r != null) {
                out.append(String.format("- %d records sent; %d outputs not attributable to an input; %d outcomes "
                                + "other than expected; %d published records without sourceVersion%n", r.records(),
                        r.unattributed(), r.unexpectedOutcomes(), r.sourceVersionMissing()));
            }
            row.notes().forEach(note -> out.append("- ").append(note).append('\n'));
            if (r != null) {
                r.samples().forEach(sample -> out.append("- ").append(sample).append('\n'));
            }
            if (row.failure() != null) {
                out.append("- FAILED: ").append(row.failure()).append('\n');
            }
        }
        return out.toString();
    }

    static void write(Path file, String table) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
