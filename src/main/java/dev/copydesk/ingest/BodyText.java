package dev.copydesk.ingest;

import dev.copydesk.model.BodyFormat;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns a raw body, whatever its format, into plain-text paragraphs in reading order. */
final class BodyText {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();
    private static final String HTML_BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre";

    private BodyText() {
    }

    static List<String> paragraphs(String body, BodyFormat format) {
        List<String> paragraphs = switch (format) {
            case HTML -> fromHtml(body);
            case MARKDOWN -> fromMarkdown(body);
            case TEXT -> fromText(body);
        };
        return paragraphs.stream().map(BodyText::collapseSpaces).filter(p -> !p.isEmpty()).toList();
    }

    /** The format a producer most likely meant when it did not say. */
    static BodyFormat guessFormat(String body) {
        if (body.matches("(?s).*<(p|div|br|h[1-6]|ul|li|article|section)\\b[^>]*>.*")) {
            return BodyFormat.HTML;
        }
        if (body.matches("(?s)(.*\\n)?#{1,6} \\S.*")) {
            return BodyFormat.MARKDOWN;
        }
        return BodyFormat.TEXT;
    }

    private static List<String> fromText(String body) {
        // Wire copy separates paragraphs by blank lines, but many feeds use single newlines: treat each line as one.
        return Arrays.asList(body.replace("\r\n", "\n").split("\n"));
    }

    private static List<String> fromHtml(String body) {
        Document document = Jsoup.parseBodyFragment(body);
        document.select("script, style, iframe, noscript").remove();
        List<String> paragraphs = new ArrayList<>();
        for (Element block : document.body().select(HTML_BLOCKS)) {
            if (block.parents().stream().noneMatch(parent -> parent.is(HTML_BLOCKS))) {
                paragraphs.add(block.text());
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(document.body().text());
        }
        return paragraphs;
    }

    private static List<String> fromMarkdown(String body) {
        List<String> paragraphs = new ArrayList<>();
        MARKDOWN.parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                if (!(paragraph.getParent() instanceof ListItem)) {
                    paragraphs.add(render(paragraph));
                }
            }

            @Override
            public void visit(Heading heading) {
                paragraphs.add(render(heading));
            }

            @Override
            public void visit(ListItem item) {
                paragraphs.add("• " + render(item));
            }
        });
        return paragraphs;
    }

    private static String render(Node node) {
        return PLAIN.render(node);
    }

    private static String collapseSpaces(String text) {
        return text.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r\\n]+", " ").strip();
    }
}
