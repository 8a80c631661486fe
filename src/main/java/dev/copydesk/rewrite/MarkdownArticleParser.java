package dev.copydesk.rewrite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.copydesk.model.Section;
import dev.copydesk.model.SeoHints;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Markdown contract (YAML front matter, one {@code #} title, {@code ##} sections) from a model's answer.
 * Models wrap answers in code fences, chat before or after them, or forget the front matter: all of that is
 * tolerated. What cannot be used (no title at all, no paragraph) is an {@link UnparseableOutputException}.
 */
public final class MarkdownArticleParser {

    private static final Pattern FENCE_LINE = Pattern.compile("(?m)^\\s*(```|~~~).*$\\n?");
    private static final Pattern FRONT_MATTER = Pattern.compile("(?s)^\\s*---[ \\t]*\\n(.*?)\\n---[ \\t]*(\\n|$)");
    private static final Pattern FIRST_H1 = Pattern.compile("(?m)^#[ \\t]+\\S");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    public ParsedArticle parse(String answer) {
        if (answer == null || answer.isBlank()) {
            throw new UnparseableOutputException("the answer is empty");
        }
        String text = FENCE_LINE.matcher(answer.replace("\r\n", "\n").replace("\uFEFF", "")).replaceAll("");
        text = skipChatterBefore(text);
        SeoHints hints = SeoHints.NONE;
        Matcher frontMatter = FRONT_MATTER.matcher(text);
        if (frontMatter.find()) {
            hints = readHints(frontMatter.group(1));
            text = text.substring(frontMatter.end());
        }
        return readBody(text, hints);
    }

    /** Drops a model's preamble ("Sure, here is the article:") before the front matter or the title. */
    private static String skipChatterBefore(String text) {
        int frontMatter = text.indexOf("---\n");
        Matcher h1 = FIRST_H1.matcher(text);
        int title = h1.find() ? h1.start() : -1;
        int start = frontMatter >= 0 && (title < 0 || frontMatter < title) ? frontMatter : title;
        return start > 0 ? text.substring(start) : text;
    }

    private static SeoHints readHints(String yaml) {
        try {
            JsonNode node = YAML.readTree(yaml);
            if (node == null || !node.isObject()) {
                return SeoHints.NONE;
            }
            return new SeoHints(text(node, "title"), text(node, "keyphrase"),
                    firstText(node, "meta_description", "metaDescription", "meta-description", "description"));
        } catch (IOException e) {
            // Front matter is advice for the SEO stage; a broken one costs the hints, not the article.
            return SeoHints.NONE;
        }
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            String value = text(node, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || !value.isValueNode() || value.asText().isBlank() ? null : value.asText().strip();
    }

    private ParsedArticle readBody(String markdown, SeoHints hints) {
        String title = null;
        String standfirst = null;
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        for (Node node = MARKDOWN.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h) {
                String headingText = plain(h);
                if (h.getLevel() == 1 && title == null) {
                    title = headingText;
                    continue;
                }
                if (!paragraphs.isEmpty() || heading != null) {
                    sections.add(new Section(heading, paragraphs));
                }
                heading = headingText;
                paragraphs = new ArrayList<>();
            } else if (node instanceof Paragraph || node instanceof BlockQuote) {
                String paragraph = plain(node);
                if (paragraph.isEmpty()) {
                    continue;
                }
                if (standfirst == null && heading == null && sections.isEmpty() && paragraphs.isEmpty()) {
                    standfirst = paragraph;
                } else {
                    paragraphs.add(paragraph);
                }
            } else if (node instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    paragraphs.add(plain(item));
                }
            }
            // HTML blocks, code and rules are not part of the contract and are dropped.
        }
        if (!paragraphs.isEmpty() || heading != null) {
            sections.add(new Section(heading, paragraphs));
        }
        if (title == null) {
            title = hints.title();
        }
        if (title == null) {
            throw new UnparseableOutputException("no '# ' title and no title in the front matter");
        }
        if (standfirst == null && sections.stream().allMatch(section -> section.paragraphs().isEmpty())) {
            throw new UnparseableOutputException("no paragraph of text");
        }
        return new ParsedArticle(title, standfirst, sections, hints);
    }

    private static String plain(Node node) {
        return PLAIN.render(node).replaceAll("\\s+", " ").strip();
    }
}
