package dev.copydesk.ops;

import dev.copydesk.config.StageRoles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The operator's commands, run from the worker's jar ({@code java -jar quarkus-run.jar replay ...}): plain Kafka
 * clients that never start the worker (see {@link CopydeskMain}). Exit status: 0 done, 1 failed (broker unreachable,
 * copies refused), 2 bad arguments; every failure is said on standard error.
 */
@Command(name = "copydesk", description = "Operations on a running copydesk pipeline. Without a command, the jar runs the worker.",
        subcommands = {OpsCli.ReplayCommand.class, OpsCli.RedriveCommand.class})
public final class OpsCli implements Runnable {

    static final int FAILED = 1;
    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

    @Spec
    CommandSpec spec;

    private final Supplier<OpsSettings> settings;

    OpsCli(Supplier<OpsSettings> settings) {
        this.settings = settings;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a command: replay or redrive");
    }

    /** Runs {@code args}; the settings are read only when a command runs (not for --help or a usage error). */
    public static int run(Supplier<OpsSettings> settings, PrintWriter out, PrintWriter err, String... args) {
        OpsCli top = new OpsCli(settings);
        CommandLine commandLine = new CommandLine(top, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ReplayCommand.class) {
                    return type.cast(new ReplayCommand(top));
                }
                if (type == RedriveCommand.class) {
                    return type.cast(new RedriveCommand(top));
                }
                return CommandLine.defaultFactory().create(type);
            }
        });
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // A usage error: the message and where the help is, not the whole help.
        commandLine.setParameterExceptionHandler((failure, parsed) -> {
            CommandLine line = failure.getCommandLine();
            String command = line == commandLine ? "" : line.getCommandName() + " ";
            line.getErr().println("copydesk " + (command.isEmpty() ? "" : command.trim() + " ").trim() + ": "
                    + failure.getMessage());
            line.getErr().println("see: java -jar quarkus-run.jar " + command + "--help");
            line.getErr().flush();
            return line.getCommandSpec().exitCodeOnInvalidInput();
        });
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            line.getErr().println("copydesk " + line.getCommandName() + ": " + failure.getMessage());
            line.getErr().flush();
            return FAILED;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Options both commands have. */
    static class BrokerOptions {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = "--broker-timeout", defaultValue = "10s", paramLabel = "<duration>",
                description = "How long to wait for the broker before giving up (e.g. 10s, 500ms, 1m; default 10s).")
        String brokerTimeout;

        Duration timeout(CommandSpec spec) {
            return duration(spec, "--broker-timeout", brokerTimeout);
        }
    }

    @Command(name = "replay", sortOptions = false,
            description = {"Re-feed a stage from its input topic: copies of the selected records are appended to it"
                    + " (same key, partition, value and headers, plus header copydesk-replay) and the live workers "
                    + "process them; no consumer group's offsets are moved.",
                    "Only the newest record of each key in the range is copied."})
    static final class ReplayCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--stage", required = true, paramLabel = "rewrite|seo",
                description = "rewrite: from articles.raw (a full regeneration, model calls unless cached); "
                        + "seo: from articles.rewritten (SEO package only, no model call).")
        String stage;

        @Option(names = "--from", paramLabel = "<time|partition:offset,...>",
                description = "Start: an ISO 8601 time with offset (2026-11-29T10:00:00Z), a date (UTC midnight), or"
                        + " partition:offset pairs (included). Default: the beginning.")
        String from;

        @Option(names = "--to", paramLabel = "<time|partition:offset,...>",
                description = "End, excluded: a time or partition:offset pairs. Default: the end of each partition "
                        + "when the replay starts.")
        String to;

        @Option(names = "--ids", paramLabel = "<id,...>", description = "Only these article ids.")
        String ids;

        @Option(names = "--locale", paramLabel = "<locale>",
                description = "Only this target locale (e.g. fr-FR). With --stage rewrite: the articles whose brief "
                        + "targets it (all their locales are made again).")
        String locale;

        @Option(names = "--dry-run", description = "Count what would be copied; send nothing.")
        boolean dryRun;

        @CommandLine.Mixin
        BrokerOptions broker = new BrokerOptions();

        private final OpsCli top;

        ReplayCommand(OpsCli top) {
            this.top = top;
        }

        @Override
        public Integer call() {
            Replay.Request request = request(spec, stage, from, to, ids, locale, dryRun);
            Duration timeout = broker.timeout(spec);
            PrintWriter out = spec.commandLine().getOut();
            new Replay(top.settings.get(), timeout, PROGRESS_INTERVAL, out).run(request);
            return 0;
        }
    }

    @Command(name = "redrive", sortOptions = false,
            description = {"Send dead letters back to the topic they came from, after a fix. Each trip adds one to"
                    + " header copydesk-redrive-count; a dead letter at copydesk.redrive.max-count is not sent again."})
    static final class RedriveCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--reason", required = true, paramLabel = "<code>",
                description = "Reason code of the dead letters to send back (header dead-letter-reason-code), e.g. "
                        + "llm-rejected-request; a trailing * matches a prefix (invalid-field:*).")
        String reason;

        @Option(names = "--since", paramLabel = "<time>",
                description = "Only dead letters written at or after this time (ISO 8601 with offset, or a date).")
        String since;

        @Option(names = "--dry-run", description = "Count what would be sent back; send nothing.")
        boolean dryRun;

        @CommandLine.Mixin
        BrokerOptions broker = new BrokerOptions();

        private final OpsCli top;

        RedriveCommand(OpsCli top) {
            this.top = top;
        }

        @Override
        public Integer call() {
            Redrive.Request request = redriveRequest(spec, reason, since, dryRun);
            Duration timeout = broker.timeout(spec);
            new Redrive(top.settings.get(), timeout, PROGRESS_INTERVAL, spec.commandLine().getOut()).run(request);
            return 0;
        }
    }

    static Replay.Request request(CommandSpec spec, String stage, String from, String to, String ids, String locale,
                                  boolean dryRun) {
        StageRoles.Stage parsedStage;
        try {
            parsedStage = StageRoles.Stage.valueOf(stage.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--stage must be rewrite or seo, not '" + stage + "'");
        }
        Position start = from == null ? null : position(spec, "--from", from);
        Position end = to == null ? null : position(spec, "--to", to);
        if (start instanceof Position.AtTime a && end instanceof Position.AtTime b && !a.instant().isBefore(b.instant())) {
            throw new ParameterException(spec.commandLine(), "--from (" + a.instant() + ") must be before --to ("
                    + b.instant() + ")");
        }
        if (start instanceof Position.AtOffsets a && end instanceof Position.AtOffsets b) {
            a.offsets().forEach((partition, offset) -> {
                Long until = b.offsets().get(partition);
                if (until != null && until <= offset) {
                    throw new ParameterException(spec.commandLine(), "partition " + partition + ": --from offset "
                            + offset + " must be below --to offset " + until + " (the end is excluded)");
                }
            });
        }
        Set<String> idSet = new LinkedHashSet<>();
        if (ids != null) {
            Arrays.stream(ids.split(",")).map(String::trim).filter(id -> !id.isEmpty()).forEach(idSet::add);
            if (idSet.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--ids names no id; give ids separated by commas "
                        + "(--ids a,b)");
            }
        }
        String canonicalLocale = null;
        if (locale != null) {
            canonicalLocale = Locale.forLanguageTag(locale.trim().replace('_', '-')).toLanguageTag();
            if (canonicalLocale.equals("und") || locale.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--locale '" + locale + "' is not a BCP 47 locale"
                        + " (e.g. fr-FR)");
            }
        }
        return new Replay.Request(parsedStage, start, end, idSet, canonicalLocale, dryRun);
    }

    static Redrive.Request redriveRequest(CommandSpec spec, String reason, String since, boolean dryRun) {
        if (reason.isBlank() || reason.trim().equals("*")) {
            throw new ParameterException(spec.commandLine(), "--reason needs a reason code (e.g. "
                    + "llm-rejected-request, or a prefix such as invalid-field:*), not '" + reason + "'");
        }
        Instant sinceTime = null;
        if (since != null) {
            try {
                sinceTime = Position.time("--since", since.trim());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return new Redrive.Request(reason.trim(), sinceTime, dryRun);
    }

    private static Position position(CommandSpec spec, String option, String text) {
        try {
            return Position.parse(option, text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** 10s, 500ms, 2m, or ISO 8601 (PT10S); positive. */
    static Duration duration(CommandSpec spec, String option, String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            Duration parsed;
            if (value.matches("[0-9]+ms")) {
                parsed = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            } else if (value.matches("[0-9]+s")) {
                parsed = Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
            } else if (value.matches("[0-9]+m")) {
                parsed = Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
            } else {
                parsed = Duration.parse(text.trim());
            }
            if (parsed.isZero() || parsed.isNegative()) {
                throw new ParameterException(spec.commandLine(), option + " must be positive, not '" + text + "'");
            }
            return parsed;
        } catch (RuntimeException e) {
            if (e instanceof ParameterException parameter) {
                throw parameter;
            }
            throw new ParameterException(spec.commandLine(), option + " '" + text + "' is not a duration (10s, "
                    + "500ms, 2m)");
        }
    }
}
