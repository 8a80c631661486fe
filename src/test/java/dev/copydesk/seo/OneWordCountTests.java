package dev.copydesk.seo;

import dev.copydesk.analysis.ArticleText;
import dev.copydesk.analysis.TextAnalysis;

import dev.copydesk.ingest.NormalizedArticle;
import dev.copydesk.language.Language;
import dev.copydesk.language.Words;
import dev.copydesk.model.ArticleStatus;
import dev.copydesk.model.BodyFormat;
import dev.copydesk.model.Brief;
import dev.copydesk.model.Json;
import dev.copydesk.model.RawArticle;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Section;
import dev.copydesk.rewrite.MarkdownArticleParser;
import dev.copydesk.rewrite.ParsedArticle;
import dev.copydesk.support.Samples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "700 words" means one thing: on every golden article of the gate corpus, ingest (the article sent as a raw
 * article), the min-words gate (the parsed rewrite) and the SEO analysis (the rewritten article) count the same
 * words.
 */
class OneWordCountTests {

    private static final Path GOOD = Path.of("src/test/resources/integrity/good");

    @TestFactory
    Stream<DynamicTest> ingestGatesAndSeoCountTheSameWords() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(GOOD)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            ParsedArticle rewrite = new MarkdownArticleParser().parse(Files.readString(dir.resolve("rewrite.md")));
            String locale = Files.readAllLines(dir.resolve("case.properties")).stream()
                    .filter(line -> line.startsWith("target.locale=")).findFirst().orElseThrow()
                    .substring("target.locale=".length()).strip();
            int gates = Section.wordCount(rewrite.standfirst(), rewrite.sections());

            Brief brief = new Brief(List.of(locale), 0, true, true, null, "neutral");
            RewrittenArticle article = new RewrittenArticle("count", locale, locale.substring(0, 2), rewrite.title(),
                    rewrite.standfirst(), rewrite.sections(), List.of(), ArticleStatus.PUBLISHED, List.of(),
                    rewrite.hints(), null, brief, ArticleBuilder.PROVENANCE);
            int seo = TextAnalysis.of(ArticleText.of(article, Language.of(locale.substring(0, 2)))).wordCount();

            List<String> blocks = new ArrayList<>();
            blocks.add(rewrite.standfirst());
            rewrite.sections().forEach(section -> {
                if (section.heading() != null) {
                    blocks.add(section.heading());
                }
                blocks.addAll(section.paragraphs());
            });
            RawArticle raw = new RawArticle("count", null, locale.substring(0, 2), rewrite.title(),
                    String.join("\n\n", blocks), BodyFormat.TEXT, List.of(), List.of(), brief);
            NormalizedArticle ingested = Samples.ingestor().ingest(Json.write(raw).getBytes(StandardCharsets.UTF_8));
            int ingest = Words.count(ingested.paragraphs());

            assertEquals(gates, seo, "gates and SEO");
            assertEquals(gates, ingest, "gates and ingest");
        }));
    }
}
