package dev.copydesk.ops;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Prints how far a command got: done/total, the rate and the time left, at most once per interval and once at the
 * end. The clock is a parameter so that tests need no waiting.
 */
final class Progress {

    private final PrintWriter out;
    private final String what;
    private final long total;
    private final LongSupplier nanoClock;
    private final long intervalNanos;
    private final long startedNanos;
    private long lastPrintedNanos;
    private long done;

    Progress(PrintWriter out, String what, long total, Duration interval, LongSupplier nanoClock) {
        this.out = out;
        this.what = what;
        this.total = total;
        this.nanoClock = nanoClock;
        this.intervalNanos = interval.toNanos();
        this.startedNanos = nanoClock.getAsLong();
        this.lastPrintedNanos = startedNanos;
    }

    /** One more done; prints when the interval has passed since the last line. */
    synchronized void advance() {
        done++;
        long now = nanoClock.getAsLong();
        if (now - lastPrintedNanos >= intervalNanos) {
            lastPrintedNanos = now;
            out.println(line(now));
            out.flush();
        }
    }

    /** The last line, whatever the interval. */
    synchronized void finish() {
        out.println(line(nanoClock.getAsLong()));
        out.flush();
    }

    synchronized long done() {
        return done;
    }

    Duration elapsed() {
        return Duration.ofNanos(nanoClock.getAsLong() - startedNanos);
    }

    String line(long nowNanos) {
        double seconds = Math.max(nowNanos - startedNanos, 1) / 1e9;
        double rate = done / seconds;
        int percent = total == 0 ? 100 : (int) (100 * done / total);
        String eta = done >= total ? "done" : rate <= 0 ? "ETA unknown"
                : "ETA " + human(Duration.ofMillis((long) ((total - done) / rate * 1000)));
        return String.format(Locale.ROOT, "%s: %d/%d (%d%%), %.1f records/s, %s", what, done, total, percent, rate,
                eta);
    }

    /** 1h02m, 3m05s, 12s: what an operator reads at a glance. */
    static String human(Duration duration) {
        long s = Math.max(0, duration.toSeconds());
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return s + "s";
    }
}
