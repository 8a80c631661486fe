package dev.copydesk.ops;

import dev.copydesk.testing.LoopbackPorts;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Argument parsing and validation of the commands, and their refusal of a broker they cannot reach. */
class OpsCliTests {

    private static final int USAGE = 2;
    private static final int FAILED = 1;

    /** What one run printed and returned. */
    private record Run(int status, String out, String err) {
    }

    private final AtomicInteger settingsRead = new AtomicInteger();

    private Run run(Supplier<OpsSettings> settings, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = OpsCli.run(() -> {
            settingsRead.incrementAndGet();
            return settings.get();
        }, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return run(() -> {
            throw new AssertionError("a usage error must be reported before the configuration is read");
        }, args);
    }

    private void assertUsageError(String expectedInMessage, String... args) {
        Run result = run(args);
        assertEquals(USAGE, result.status(), result.err());
        assertTrue(result.err().contains(expectedInMessage), "expected '" + expectedInMessage + "' in: " + result.err());
        assertTrue(result.err().contains("--help"), "the message says where the help is: " + result.err());
        assertEquals(0, settingsRead.get(), "no configuration read, no broker contacted");
    }

    @Test
    void noCommandIsAUsageErrorNamingTheCommands() {
        assertUsageError("name a command: replay or redrive");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertUsageError("Unmatched argument", "rewind");
    }

    @Test
    void replayNeedsAStage() {
        assertUsageError("Missing required option: '--stage", "replay", "--dry-run");
    }

    @Test
    void anUnknownStageIsNamedInTheMessage() {
        assertUsageError("--stage must be rewrite or seo, not 'publish'", "replay", "--stage", "publish");
    }

    @Test
    void aTimeWithoutOffsetIsRefusedWithAHint() {
        assertUsageError("add Z for UTC", "replay", "--stage", "seo", "--from", "2026-11-29T10:00:00");
    }

    @Test
    void aMalformedPartitionOffsetIsRefused() {
        assertUsageError("'3:x' is not partition:offset", "replay", "--stage", "seo", "--from", "0:10,3:x");
    }

    @Test
    void aPartitionNamedTwiceIsRefused() {
        assertUsageError("names partition 3 twice", "replay", "--stage", "seo", "--to", "3:10,3:20");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        assertUsageError("must be before --to", "replay", "--stage", "rewrite", "--from", "2026-11-29T10:00:00Z",
                "--to", "2026-11-29T09:00:00Z");
        assertUsageError("partition 2: --from offset 50 must be below --to offset 50", "replay", "--stage", "seo",
                "--from", "2:50", "--to", "2:50");
    }

    @Test
    void emptyIdsAndAnInvalidLocaleAreRefused() {
        assertUsageError("--ids names no id", "replay", "--stage", "seo", "--ids", " , ");
        assertUsageError("--locale '!!' is not a BCP 47 locale", "replay", "--stage", "seo", "--locale", "!!");
    }

    @Test
    void aBadBrokerTimeoutIsRefused() {
        assertUsageError("--broker-timeout 'soon' is not a duration", "replay", "--stage", "seo",
                "--broker-timeout", "soon");
        assertUsageError("--broker-timeout must be positive", "redrive", "--reason", "x", "--broker-timeout", "0s");
    }

    @Test
    void redriveNeedsAReasonCode() {
        assertUsageError("Missing required option: '--reason", "redrive");
        assertUsageError("--reason needs a reason code", "redrive", "--reason", "*");
    }

    @Test
    void redriveRefusesASinceThatIsNotATime() {
        assertUsageError("--since 'yesterday' is not a time", "redrive", "--reason", "malformed-json", "--since",
                "yesterday");
    }

    @Test
    void helpIsPrintedWithoutReadingTheConfiguration() {
        Run result = run("replay", "--help");
        assertEquals(0, result.status());
        assertTrue(result.out().contains("--stage=rewrite|seo"), result.out());
        assertEquals(0, settingsRead.get());
    }

    @Test
    void bothCommandsRefuseABrokerTheyCannotReachAndExitNonZero() {
        int closedPort = LoopbackPorts.free(1)[0];
        OpsSettings unreachable = new OpsSettings(Map.of("bootstrap.servers", "127.0.0.1:" + closedPort),
                "raw", "rewritten", "dlq", "rewrite-group", "seo-group", List.of("fr-FR"), 3);
        for (String[] args : List.of(
                new String[]{"replay", "--stage", "seo", "--dry-run", "--broker-timeout", "2s"},
                new String[]{"redrive", "--reason", "malformed-json", "--broker-timeout", "2s"})) {
            long started = System.nanoTime();
            Run result = run(() -> unreachable, args);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertEquals(FAILED, result.status(), result.err());
            assertTrue(result.err().contains("cannot reach the Kafka broker at 127.0.0.1:" + closedPort + " within 2s"),
                    result.err());
            assertTrue(result.err().contains("nothing was read or sent"), result.err());
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "bounded by the timeout, took " + took);
        }
    }
}
