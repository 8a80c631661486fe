package dev.copydesk.seo;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.Brief;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Source;
import dev.copydesk.rewrite.MarkdownArticleParser;
import dev.copydesk.rewrite.ParsedArticle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The sample model answers, as the rewrite stage would hand them to the SEO stage: the French one the pipeline
 * tests' LLM stub returns for the seed article (with the seed's source and images), and an English one. The JMH
 * benchmark reads the same two files.
 */
public final class SampleArticles {

    static final String FRENCH_ANSWER = "/stub/rewrite-fr.md";
    static final String ENGLISH_ANSWER = "/seo/rewrite-en.md";

    private SampleArticles() {
    }

    /** The seed sample after the LLM rewrite of the pipeline tests. */
    public static RewrittenArticle french() {
        Source seedSource = new Source("https://example.com/wire/poutine-chine-ukraine", "Wire sample",
                OffsetDateTime.parse("2023-03-21T09:30:00+01:00"), null);
        return rewritten("seed-fr-0001", "fr-FR", FRENCH_ANSWER, seedSource,
                List.of(new ArticleImage("https://example.com/img/poutine-xi.jpg", null, null, null),
                        new ArticleImage("https://example.com/img/zelensky.jpg", null, null, null)));
    }

    static RewrittenArticle english() {
        Source source = new Source("https://wire.example.org/harwick-shoreline", "Coastal Wire",
                OffsetDateTime.parse("2025-05-06T18:00:00-04:00"), "Dana Wells");
        return rewritten("harwick-0506", "en-GB", ENGLISH_ANSWER, source, List.of(new ArticleImage(
                "https://img.example.org/harwick-marsh.jpg", "Volunteers plant marsh grass on the Harwick shore.",
                "Coastal Wire", null)));
    }

    private static RewrittenArticle rewritten(String id, String locale, String answer, Source source,
                                              List<ArticleImage> images) {
        return fromAnswer(id, locale, read(answer), source, images, 700);
    }

    /** A rewritten article made of a model answer (Markdown with front matter); {@code minWords} null asks no length. */
    static RewrittenArticle fromAnswer(String id, String locale, String answer, Source source,
                                       List<ArticleImage> images, Integer minWords) {
        ParsedArticle parsed = new MarkdownArticleParser().parse(answer);
        Brief brief = new Brief(List.of(locale), minWords, true, true, null, "neutral");
        return new RewrittenArticle(id, locale, locale.startsWith("fr") ? "en" : "fr", parsed.title(),
                parsed.standfirst(), parsed.sections(), images, ArticleStatus.REWRITTEN, List.of(), parsed.hints(),
                source, brief, ArticleBuilder.PROVENANCE);
    }

    private static String read(String resource) {
        try (InputStream in = SampleArticles.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
