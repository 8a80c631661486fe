package dev.copydesk.rewrite.gates;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.ingest.NormalizedArticle;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.BodyFormat;
import dev.copydesk.model.Brief;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.Json;
import dev.copydesk.model.RawArticle;
import dev.copydesk.rewrite.MarkdownArticleParser;
import dev.copydesk.rewrite.ParsedArticle;
import dev.copydesk.rewrite.RewriteGates;
import dev.copydesk.support.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every gate judged on a corpus, as an editor would judge it: faithful rewrites and translations
 * ({@code integrity/good}) must pass every gate, and each planted fault ({@code integrity/faults}) must be caught
 * by the gate it targets. Sources are ingested as the worker ingests them and rewrites parsed as the worker parses
 * a model's answer; the brief asks for subheadings and {@value #MIN_WORDS} words. After the run, a table of
 * precision and recall per gate is printed (README quotes it).
 */
class GateCorpusTests {

    static final Path CORPUS = Path.of("src/test/resources/integrity");
    static final int MIN_WORDS = 400;
    static final int MIN_CASES = 30;

    private static final RewriteGates GATES = new RewriteGates(Samples.DETECTOR);
    /** Per gate code: true positives, false positives (false alarms), false negatives (misses). */
    private static final Map<String, int[]> TALLY = new ConcurrentHashMap<>();

    @Test
    void theCorpusHoldsAtLeastThirtyFaithfulCasesAndThirtyFaultsOfRealisticLength() throws IOException {
        List<Path> good = goodCases();
        List<Path> faults = faultFiles();
        assertTrue(good.size() >= MIN_CASES, good.size() + " faithful cases");
        assertTrue(faults.size() >= MIN_CASES, faults.size() + " planted faults");
        for (Path dir : good) {
            int words = dev.copydesk.language.Words.count(Files.readString(dir.resolve("source.txt")));
            assertTrue(words >= MIN_WORDS, dir.getFileName() + ": source of " + words + " words");
        }
    }

    @TestFactory
    Stream<DynamicTest> faithfulRewritesAndTranslationsPassEveryGate() throws IOException {
        return goodCases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            List<GateResult> results = check(dir, read(dir.resolve("rewrite.md")));
            List<String> alarms = new ArrayList<>();
            for (GateResult result : results) {
                tally(result.code())[result.passed() ? 3 : 1]++;
                if (!result.passed()) {
                    alarms.add(result.code() + ": " + result.message());
                }
            }
            assertEquals(List.of(), alarms, "false alarms on " + dir.getFileName());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPlantedFaultIsCaughtByItsGate() throws IOException {
        return faultFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode fault = Json.MAPPER.readTree(file.toFile());
            Path base = CORPUS.resolve("good").resolve(fault.get("base").asText());
            String rewrite = fault.has("rewriteFile")
                    ? read(file.resolveSibling(fault.get("rewriteFile").asText()))
                    : applyEdits(read(base.resolve("rewrite.md")), fault.get("edits"), file);
            String gate = fault.get("gate").asText();
            GateResult result = check(base, rewrite).stream().filter(r -> r.code().equals(gate)).findFirst()
                    .orElseThrow(() -> new AssertionError(file.getFileName() + ": gate " + gate + " did not run"));
            tally(gate)[result.passed() ? 2 : 0]++;
            assertFalse(result.passed(), file.getFileName() + " (" + fault.get("fault").asText() + ": "
                    + fault.get("why").asText() + ") not caught by " + gate + ": " + result.message());
        }));
    }

    @AfterAll
    static void printPrecisionAndRecallPerGate() {
        StringBuilder table = new StringBuilder("\nGate corpus: precision and recall per gate\n")
                .append(String.format("%-24s %6s %6s %6s %10s %8s%n", "gate", "caught", "missed", "alarms",
                        "precision", "recall"));
        new TreeMap<>(TALLY).forEach((code, t) -> table.append(String.format("%-24s %6d %6d %6d %10s %8s%n", code,
                t[0], t[2], t[1], ratio(t[0], t[0] + t[1]), ratio(t[0], t[0] + t[2]))));
        System.out.println(table);
    }

    private static String ratio(int numerator, int denominator) {
        return denominator == 0 ? "n/a" : String.format("%.2f", (double) numerator / denominator);
    }

    /** [caught, false alarms, missed, passed good]. */
    private static int[] tally(String code) {
        return TALLY.computeIfAbsent(code, c -> new int[4]);
    }

    static List<GateResult> check(Path caseDir, String rewriteMarkdown) throws IOException {
        Properties meta = new Properties();
        try (Reader reader = Files.newBufferedReader(caseDir.resolve("case.properties"), StandardCharsets.UTF_8)) {
            meta.load(reader);
        }
        WorkItem item = source(meta, read(caseDir.resolve("source.txt")));
        ParsedArticle rewrite = new MarkdownArticleParser().parse(rewriteMarkdown);
        return GATES.checkRewrite(item, rewrite.title(), rewrite.standfirst(), rewrite.sections());
    }

    private static WorkItem source(Properties meta, String text) {
        String language = meta.getProperty("source.language").strip();
        String locale = meta.getProperty("target.locale").strip();
        int firstBreak = text.indexOf("\n\n");
        String title = text.substring(0, firstBreak).strip();
        String body = text.substring(firstBreak).strip();
        Brief brief = new Brief(List.of(locale), MIN_WORDS, true, true, null, "neutral");
        RawArticle raw = new RawArticle("corpus", null, language, title, body, BodyFormat.TEXT, List.of(), List.of(),
                brief);
        NormalizedArticle article = Samples.ingestor().ingest(Json.write(raw).getBytes(StandardCharsets.UTF_8));
        return article.workItems().stream().filter(item -> item.locale().equals(locale)).findFirst().orElseThrow();
    }

    private static String applyEdits(String rewrite, JsonNode edits, Path file) {
        for (JsonNode edit : edits) {
            String find = edit.get("find").asText();
            String replace = edit.get("replace").asText();
            boolean all = edit.has("all") && edit.get("all").asBoolean();
            int first = rewrite.indexOf(find);
            assertTrue(first >= 0, file.getFileName() + ": edit not found: " + find);
            assertTrue(all || rewrite.indexOf(find, first + 1) < 0, file.getFileName() + ": edit not unique: " + find);
            rewrite = all ? rewrite.replace(find, replace)
                    : rewrite.substring(0, first) + replace + rewrite.substring(first + find.length());
        }
        return rewrite;
    }

    private static List<Path> goodCases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS.resolve("good"))) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<Path> faultFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS.resolve("faults"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
