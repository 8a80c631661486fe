package dev.copydesk.drills;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The drill suite of issue 9: each drill on a fresh broker (a child process) with the packaged worker as child
 * processes and the OpenAI-compatible stub in this JVM; the auditor accounts for every input. Prints the table and
 * writes it to target/drills/drill-table.md; exits 1 if any drill lost an input or published an older version over
 * a newer one (duplicates are reported, not failed), 2 if a drill could not run.
 * <pre>
 *   deploy/drills/run.sh [--quick] [--only N[,M...]]
 * </pre>
 * Loopback only, every wait bounded; every child process is killed at the end of its drill, and by a shutdown hook
 * if this JVM fails.
 */
public final class Drills {

    static final Path TABLE = Path.of("target", "drills", "drill-table.md");

    static final List<Drill> ALL = List.of(new BrokerRestartDrill(), new WorkerKillDrill(),
            new GracefulShutdownDrill(), new RebalanceDrill(), new ModelOutageDrill(), new HostileMixDrill());

    private Drills() {
    }

    public static void main(String[] args) {
        boolean quick = false;
        Set<Integer> only = new TreeSet<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--only" -> {
                    for (String number : args[++i].split(",")) {
                        only.add(Integer.parseInt(number.trim()));
                    }
                }
                default -> {
                    System.err.println("usage: Drills [--quick] [--only N[,M...]]");
                    System.exit(64);
                }
            }
        }
        List<DrillTable.Row> rows = run(quick, only);
        int status = rows.stream().anyMatch(row -> row.report() == null) ? 2
                : rows.stream().allMatch(row -> row.report().passes()) ? 0 : 1;
        ChildProcesses.killAll();
        System.exit(status);
    }

    /** Runs the drills numbered in {@code only} (all when empty), prints and writes the table. */
    public static List<DrillTable.Row> run(boolean quick, Set<Integer> only) {
        List<DrillTable.Row> rows = new ArrayList<>();
        for (Drill drill : ALL) {
            if (!only.isEmpty() && !only.contains(drill.number())) {
                continue;
            }
            rows.add(runOne(drill, quick));
            // Written after each drill too, so that an interrupted run still leaves what it measured.
            DrillTable.write(TABLE, DrillTable.render(rows, (quick ? "--quick" : "full") + ", partial"));
        }
        String table = DrillTable.render(rows, quick ? "--quick" : "full");
        System.out.println();
        System.out.println(table);
        DrillTable.write(TABLE, table);
        return rows;
    }

    private static DrillTable.Row runOne(Drill drill, boolean quick) {
        Instant started = Instant.now();
        log("=== drill %s", drill.title());
        DrillContext context = null;
        try {
            context = DrillContext.open(drill.slug(), quick);
            AuditReport report = drill.run(context);
            return new DrillTable.Row(drill, report, context.notes(), Duration.between(started, Instant.now()), null);
        } catch (RuntimeException | Error e) {
            log("drill %s failed: %s", drill.title(), e);
            e.printStackTrace();
            return new DrillTable.Row(drill, null, context == null ? List.of() : context.notes(),
                    Duration.between(started, Instant.now()), e.toString());
        } finally {
            if (context != null) {
                context.close();
            }
            ChildProcesses.killAll();
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String unameM() {
        try {
            Process uname = new ProcessBuilder("uname", "-m").start();
            String arch = new String(uname.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            uname.waitFor();
            return arch;
        } catch (IOException e) {
            return System.getProperty("os.arch");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return System.getProperty("os.arch");
        }
    }

    static void log(String format, Object... args) {
        System.out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + String.format(format, args));
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
