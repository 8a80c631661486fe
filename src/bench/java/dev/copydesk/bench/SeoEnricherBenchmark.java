package dev.copydesk.bench;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Brief;
import dev.copydesk.model.PublishedArticle;
import dev.copydesk.model.RewriteProvenance;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Source;
import dev.copydesk.rewrite.MarkdownArticleParser;
import dev.copydesk.rewrite.ParsedArticle;
import dev.copydesk.seo.SeoEnricher;
import dev.copydesk.seo.SeoSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The whole SEO stage minus Kafka: generation (keyphrase, title, meta, slug, Markdown, sanitised HTML, JSON-LD,
 * Open Graph) and the full SEO and readability analysis, with the fixing pass when the score asks for it, on the
 * ~800-word French sample the pipeline tests use and a ~720-word English one. One thread, so the score is
 * articles per second per core; run with {@code -prof gc} for the bytes allocated per article
 * ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SeoEnricherBenchmark {

    private SeoEnricher enricher;
    private RewrittenArticle french;
    private RewrittenArticle english;

    @Setup
    public void setUp() {
        enricher = new SeoEnricher(new SeoSettings(60, Optional.of("https://news.example.com"), "copydesk"));
        french = sample("/stub/rewrite-fr.md", "bench-fr", "fr-FR", "en");
        english = sample("/seo/rewrite-en.md", "bench-en", "en-GB", "fr");
    }

    @Benchmark
    public PublishedArticle french() {
        return enricher.enrich(french);
    }

    @Benchmark
    public PublishedArticle english() {
        return enricher.enrich(english);
    }

    /** A rewritten article as the rewrite stage would send it: parsed model answer, two images, a source. */
    private static RewrittenArticle sample(String resource, String id, String locale, String sourceLanguage) {
        ParsedArticle parsed = new MarkdownArticleParser().parse(read(resource));
        List<ArticleImage> images = List.of(
                new ArticleImage("https://img.example.org/" + id + "-1.jpg", "Lead photo caption for " + id, "Agency", null),
                new ArticleImage("https://img.example.org/" + id + "-2.jpg", null, null, null));
        Source source = new Source("https://wire.example.org/" + id, "Wire", OffsetDateTime.parse("2025-03-14T09:30:00+01:00"),
                "Staff");
        Brief brief = new Brief(List.of(locale), 700, true, true, null, "neutral");
        return new RewrittenArticle(id, locale, sourceLanguage, parsed.title(), parsed.standfirst(), parsed.sections(),
                images, ArticleStatus.REWRITTEN, List.of(), parsed.hints(), source, brief,
                new RewriteProvenance("llm", "openai", "bench", "rw-bench", "0000", 1, 1000, 1000, 1000));
    }

    private static String read(String resource) {
        try (InputStream in = SeoEnricherBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
