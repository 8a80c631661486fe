package dev.copydesk.ops;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The jar's entry point. Without arguments it starts the worker, exactly as Quarkus' default entry point does (same
 * configuration, same environment variables). With arguments it runs an operator's command ({@link OpsCli}) and
 * exits, without starting Quarkus at all: no stage, no consumer group, no model client, no HTTP port exists in that
 * process, so a command can never join the live groups or call the model, whatever the configuration says.
 */
@QuarkusMain
public final class CopydeskMain {

    private CopydeskMain() {
    }

    public static void main(String... args) {
        if (args.length == 0) {
            Quarkus.run(args);
            return;
        }
        Logs.quietKafkaClients();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(OpsCli.run(OpsSettings::fromEnvironment, out, err, args));
    }
}
