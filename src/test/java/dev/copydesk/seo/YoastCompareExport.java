package dev.copydesk.seo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.Assessment;
import dev.copydesk.model.Json;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Source;
import dev.copydesk.seo.make.TitleWidth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * For {@code deploy/bench/yoast-compare.sh}: publishes every golden rewritten article with the real
 * {@link SeoEnricher} and writes, per article, what Yoast's analysis needs (the published HTML, SEO title, meta
 * description, slug, keyphrase, locale, the title's width as copydesk measures it) and what copydesk found (its
 * assessments), plus copydesk's time per article, measured here in the same run as Yoast's.
 * <p>
 * Golden articles: the French and English samples, the French cycling article, and every
 * {@code integrity/good/*}/rewrite.md (French, English, Spanish, German).
 * <p>
 * Usage: {@code YoastCompareExport <output.json> [seconds to time each pass]}.
 */
public final class YoastCompareExport {

    /** Written by {@code SeoRepairPipelineTests}: the seed published after the SEO repair round, as an entry. */
    public static final Path REPAIRED_SEED = Path.of("target/yoast/seed-published.json");

    private YoastCompareExport() {
    }

    record Golden(String name, RewrittenArticle article) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: YoastCompareExport <output.json> [seconds]");
            System.exit(2);
        }
        Path output = Path.of(args[0]);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        SeoEnricher enricher = new SeoEnricher(new SeoSettings(70, Optional.of("https://news.example.com"),
                "copydesk"));
        List<Golden> goldens = goldens();

        // The JIT first, as Yoast's side gets its own warm-up: a whole pass over the set, then timed passes.
        timePasses(enricher, goldens, seconds);
        double nanosPerArticle = timePasses(enricher, goldens, seconds);

        ArrayNode all = Json.MAPPER.createArrayNode();
        for (Golden golden : goldens) {
            all.add(entry(golden.name(), enricher.enrich(golden.article())));
        }
        // The seed as the pipeline publishes it after the SEO repair round, when a test run left it there.
        if (Files.exists(REPAIRED_SEED)) {
            all.add(Json.MAPPER.readTree(REPAIRED_SEED.toFile()));
        }
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("copydeskNanosPerArticle", nanosPerArticle);
        root.set("articles", all);
        Files.writeString(output, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        System.out.printf("copydesk: %d golden articles, %.0f µs per article (SeoEnricher.enrich, one thread)%n",
                goldens.size(), nanosPerArticle / 1000);
    }

    /**
     * One published page as the comparison script reads it: what Yoast is given (HTML, titles, description, slug,
     * keyphrase, locale) and copydesk's own assessments of it.
     */
    public static ObjectNode entry(String name, PublishedArticle published) {
        ObjectNode entry = Json.MAPPER.createObjectNode();
        entry.put("name", name);
        entry.put("locale", published.locale());
        entry.put("html", published.html());
        entry.put("textTitle", published.title());
        entry.put("seoTitle", published.seoTitle());
        entry.put("titleWidth", Math.round(TitleWidth.pixels(published.seoTitle())));
        entry.put("description", published.metaDescription());
        entry.put("slug", published.slug());
        entry.put("keyphrase", published.keyphrase());
        entry.put("wordCount", published.wordCount());
        ArrayNode assessments = entry.putArray("assessments");
        for (Assessment assessment : published.assessments()) {
            ObjectNode node = assessments.addObject();
            node.put("id", assessment.id());
            node.put("score", assessment.score());
            node.put("rating", assessment.rating());
            node.put("message", assessment.message());
        }
        return entry;
    }

    /** Mean nanoseconds per article over whole passes of the set, for at least {@code seconds}. */
    private static double timePasses(SeoEnricher enricher, List<Golden> goldens, double seconds) {
        long budget = (long) (seconds * 1e9);
        long articles = 0;
        long sink = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (Golden golden : goldens) {
                sink += enricher.enrich(golden.article()).html().length();
                articles++;
            }
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        if (sink == 42) {
            System.out.print(""); // keeps the results alive for the JIT
        }
        return (double) elapsed / articles;
    }

    static List<Golden> goldens() throws IOException, URISyntaxException {
        List<Golden> goldens = new ArrayList<>();
        goldens.add(new Golden("sample-fr (seed rewrite)", SampleArticles.french()));
        goldens.add(new Golden("sample-en", SampleArticles.english()));
        goldens.add(new Golden("cycling-fr", FrenchCyclingArticle.builder().build()));
        URL good = YoastCompareExport.class.getResource("/integrity/good");
        try (Stream<Path> dirs = Files.list(Path.of(good.toURI()))) {
            for (Path dir : dirs.sorted().toList()) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(dir.resolve("case.properties"))) {
                    properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
                String name = dir.getFileName().toString();
                String locale = properties.getProperty("target.locale");
                Source source = new Source("https://wire.example.org/" + name, "Wire",
                        OffsetDateTime.parse("2025-03-14T09:30:00+01:00"), "Staff");
                List<ArticleImage> images = List.of(new ArticleImage("https://img.example.org/" + name + ".jpg",
                        null, null, null));
                // Rewrites of 400-word wire stories, made without a length brief: text-length then compares the
                // counting (≥ 300 words, Yoast's bar), not a brief Yoast cannot know.
                goldens.add(new Golden(name, SampleArticles.fromAnswer("golden-" + name, locale,
                        read(dir.resolve("rewrite.md")), source, images, null)));
            }
        }
        return goldens;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
