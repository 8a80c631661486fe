package dev.copydesk.rewrite.gates;

import dev.copydesk.ingest.NormalizedArticle;
import dev.copydesk.ingest.WorkItem;
import dev.copydesk.model.BodyFormat;
import dev.copydesk.model.Brief;
import dev.copydesk.model.RawArticle;
import dev.copydesk.model.Section;
import dev.copydesk.rewrite.MarkdownArticleParser;
import dev.copydesk.rewrite.ParsedArticle;
import dev.copydesk.support.Samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Sources and rewrites for the gate tests: the committed seed and its stub rewrite, or small made-up ones. */
final class GateFixtures {

    private GateFixtures() {
    }

    /** The French seed article, ingested as the worker ingests it, for its fr-FR locale. */
    static WorkItem seedItem() {
        return Samples.ingestor().ingest(Samples.seedBytes()).workItems().get(0);
    }

    /** The good French rewrite the LLM stub answers with, parsed as the worker parses it. */
    static ParsedArticle stubRewrite() {
        return new MarkdownArticleParser().parse(resource("/stub/rewrite-fr.md"));
    }

    /** The stub rewrite checked against the seed. */
    static GateInput seedAndStub() {
        ParsedArticle rewrite = stubRewrite();
        return new GateInput(seedItem(), rewrite.title(), rewrite.standfirst(), rewrite.sections());
    }

    /** The seed checked against the stub rewrite with each {@code from, to} pair of words replaced everywhere. */
    static GateInput seedAndStubWith(String... fromTo) {
        ParsedArticle rewrite = stubRewrite();
        List<Section> sections = rewrite.sections().stream()
                .map(section -> new Section(replace(section.heading(), fromTo),
                        section.paragraphs().stream().map(paragraph -> replace(paragraph, fromTo)).toList()))
                .toList();
        return new GateInput(seedItem(), replace(rewrite.title(), fromTo), replace(rewrite.standfirst(), fromTo),
                sections);
    }

    private static String replace(String text, String... fromTo) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i + 1 < fromTo.length; i += 2) {
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        return text;
    }

    /** A source in {@code sourceLanguage}, to be written for {@code locale}, with these paragraphs. */
    static WorkItem source(String sourceLanguage, String locale, String title, String... paragraphs) {
        Brief brief = new Brief(List.of(locale), 0, false, true, null, "neutral");
        RawArticle raw = new RawArticle("test-1", null, sourceLanguage, title, String.join("\n\n", paragraphs),
                BodyFormat.TEXT, List.of(), List.of(), brief);
        NormalizedArticle article = new NormalizedArticle(raw, sourceLanguage, title, List.of(),
                Arrays.asList(paragraphs), List.of(), brief);
        return new WorkItem(article, locale);
    }

    /** An output made of a title and paragraphs under one subheading. */
    static GateInput output(WorkItem item, String title, String... paragraphs) {
        List<String> body = new ArrayList<>(Arrays.asList(paragraphs));
        String standfirst = body.isEmpty() ? null : body.remove(0);
        List<Section> sections = body.isEmpty() ? List.of() : List.of(new Section("Le point", body));
        return new GateInput(item, title, standfirst, sections);
    }

    static String resource(String path) {
        try (InputStream in = GateFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
