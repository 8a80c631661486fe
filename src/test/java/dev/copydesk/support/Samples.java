package dev.copydesk.support;

import dev.copydesk.ingest.ArticleIngestor;
import dev.copydesk.ingest.IngestLimits;
import dev.copydesk.ingest.LanguageDetector;
import dev.copydesk.model.Brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The shared fixtures of plain tests: the committed seed sample and one language detector per JVM. */
public final class Samples {

    /** The French seed article, the same file the demo sends. */
    public static final Path SEED_FR = Path.of("deploy/local/samples/seed-fr.json");
    public static final Set<String> LANGUAGES = Set.of("fr", "en", "es", "de", "it", "pt", "nl");
    public static final LanguageDetector DETECTOR = new LanguageDetector(LANGUAGES);
    public static final Brief DEFAULT_BRIEF = new Brief(List.of("fr-FR"), 700, true, true, null, "neutral");

    private Samples() {
    }

    public static byte[] seedBytes() {
        try {
            return Files.readAllBytes(SEED_FR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The seed sample as article {@code id}, with {@code id} in its title too: the prompt differs, so no two test
     * articles share a cached rewrite.
     */
    public static byte[] seedAs(String id) {
        return new String(seedBytes(), StandardCharsets.UTF_8).replace("seed-fr-0001", id)
                .replace("\"title\": \"Poutine", "\"title\": \"(" + id + ") Poutine").getBytes(StandardCharsets.UTF_8);
    }

    /** {@link #seedAs(String)} with {@code version} after the id in the title: another version of the same article. */
    public static byte[] seedAs(String id, String version) {
        return new String(seedAs(id), StandardCharsets.UTF_8).replace("(" + id + ")", "(" + id + " " + version + ")")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The limits of copydesk.ingest.* as configured by default. */
    public static final IngestLimits LIMITS = new IngestLimits(200, 200_000, 10, 50, 50, 2000);

    public static ArticleIngestor ingestor() {
        return new ArticleIngestor(DEFAULT_BRIEF, LANGUAGES, LIMITS, DETECTOR);
    }
}
