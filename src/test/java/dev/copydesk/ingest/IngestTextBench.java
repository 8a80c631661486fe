package dev.copydesk.ingest;

import dev.copydesk.model.BodyFormat;

import java.util.Locale;

/**
 * Times ingest's text handling (guess the format, read the paragraphs, clean them) on {@link PathologicalBodies} at
 * two sizes, today's code against the code before issue 8 ({@link LegacyIngestText}) in the same run, and prints
 * the ratio. A command, not a test: {@code deploy/bench/ingest-text.sh}. The old code is stopped at a deadline
 * ({@code -Dbench.deadlineSeconds}, default 30) and reported as "> deadline"; the ratio is then a lower bound.
 * Single-threaded; expect noise of some percent on a shared machine.
 */
public final class IngestTextBench {

    private static final int[] SIZES = {40_000, PathologicalBodies.SIZE};
    private static final int RUNS = 3;

    private IngestTextBench() {
    }

    public static void main(String[] args) {
        long deadlineNanos = Long.getLong("bench.deadlineSeconds", 30) * 1_000_000_000L;
        BoilerplateCleaner cleaner = new BoilerplateCleaner();
        warmUp(cleaner);
        System.out.printf("%-45s %8s %12s %14s %10s%n", "input", "chars", "now (ms)", "before (ms)", "ratio");
        String slowest = "-";
        double worstNow = 0;
        double worstBefore = 0;
        for (int size : SIZES) {
            for (PathologicalBodies.Body body : PathologicalBodies.all(size)) {
                double now = medianMillis(() -> current(cleaner, body.text(), body.format()));
                Double before = legacyMillis(body, deadlineNanos);
                String beforeText = before == null ? "> " + deadlineNanos / 1_000_000_000 + " s" : format(before);
                double beforeOrDeadline = before == null ? deadlineNanos / 1e6 : before;
                String ratio = (before == null ? "> " : "") + String.format(Locale.ROOT, "%.0f×",
                        beforeOrDeadline / Math.max(now, 0.01));
                System.out.printf("%-45s %8d %12s %14s %10s%n", body.name(), body.text().length(), format(now),
                        beforeText, ratio);
                if (size == PathologicalBodies.SIZE) {
                    worstNow = Math.max(worstNow, now);
                    if (beforeOrDeadline > worstBefore) {
                        worstBefore = beforeOrDeadline;
                        slowest = body.name();
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nslowest input at %d chars: now %.1f ms; before %s%s ms (%s)%n",
                PathologicalBodies.SIZE, worstNow, worstBefore >= deadlineNanos / 1e6 ? "> " : "",
                format(worstBefore), slowest);
    }

    private static int current(BoilerplateCleaner cleaner, String body, BodyFormat declared) {
        BodyFormat format = declared != null ? declared : BodyText.guessFormat(body);
        return cleaner.clean(BodyText.paragraphs(body, format)).paragraphs().size();
    }

    /** The old code's time, or null when it was stopped at the deadline. */
    private static Double legacyMillis(PathologicalBodies.Body body, long deadlineNanos) {
        long started = System.nanoTime();
        try {
            new LegacyIngestText(started + deadlineNanos).process(body.text(), body.format());
        } catch (LegacyIngestText.DeadlineExceeded e) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            // the old code failing outright (e.g. a stack overflow on deep nesting) is timed until it failed
            System.out.printf("  (before: %s)%n", e.getClass().getSimpleName());
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private static double medianMillis(Runnable work) {
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - started) / 1e6;
        }
        java.util.Arrays.sort(times);
        return times[RUNS / 2];
    }

    /** Compiles the hot paths of both versions on small inputs before anything is timed. */
    private static void warmUp(BoilerplateCleaner cleaner) {
        for (int i = 0; i < 3; i++) {
            for (PathologicalBodies.Body body : PathologicalBodies.all(4_000)) {
                current(cleaner, body.text(), body.format());
                try {
                    new LegacyIngestText(System.nanoTime() + 2_000_000_000L).process(body.text(), body.format());
                } catch (RuntimeException | StackOverflowError e) {
                    // warm-up only
                }
            }
        }
    }

    private static String format(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.0f", millis);
    }
}
