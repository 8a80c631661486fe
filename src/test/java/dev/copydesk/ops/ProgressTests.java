package dev.copydesk.ops;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressTests {

    @Test
    void aLineSaysDoneOverTotalTheRateAndTheTimeLeft() {
        AtomicLong clock = new AtomicLong();
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), "replay r1", 10, Duration.ofSeconds(1), clock::get);
        for (int i = 0; i < 4; i++) {
            clock.addAndGet(500_000_000L);
            progress.advance();
        }
        // One line per second of the fake clock: after the 2nd and the 4th record.
        assertEquals("replay r1: 2/10 (20%), 2.0 records/s, ETA 4s" + System.lineSeparator()
                + "replay r1: 4/10 (40%), 2.0 records/s, ETA 3s" + System.lineSeparator(), out.toString());
    }

    @Test
    void theLastLineSaysDone() {
        AtomicLong clock = new AtomicLong();
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), "redrive", 1, Duration.ofHours(1), clock::get);
        clock.addAndGet(250_000_000L);
        progress.advance();
        progress.finish();
        assertEquals("redrive: 1/1 (100%), 4.0 records/s, done" + System.lineSeparator(), out.toString());
    }

    @Test
    void durationsReadAtAGlance() {
        assertEquals("12s", Progress.human(Duration.ofSeconds(12)));
        assertEquals("3m05s", Progress.human(Duration.ofSeconds(185)));
        assertEquals("1h02m", Progress.human(Duration.ofMinutes(62)));
    }
}
