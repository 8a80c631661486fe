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

    private static final Pattern FRONT_MATTER = Pattern.compile("(?s)^\\s*---[ \\t]*\\n(.*?)\\n---[ \\t]*(\\n|$)");
    private static final Pattern FIRST_H1 = Pattern.compile("(?m)^#[ \\t]+\\S");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();
    /**
     * Deepest nesting of blocks and inline markup accepted. An article nests a handful of levels; the renderer
     * recurses once per level, so an answer nested thousands deep would overflow the stack: it is refused instead.
     */
    static final int MAX_NESTING = 64;

    public ParsedArticle parse(String answer) {
        if (answer == null || answer.isBlank()) {
            throw new UnparseableOutputException("the answer is empty");
        }
        String text = withoutFenceLines(answer.replace("\r\n", "\n").replace("\uFEFF", ""));
        text = skipChatterBefore(text);
        SeoHints hints = SeoHints.NONE;
        Matcher frontMatter = FRONT_MATTER.matcher(text);
        if (frontMatter.find()) {
            hints = readHints(frontMatter.group(1));
            text = text.substring(frontMatter.end());
        }
        return readBody(text, hints);
    }

    /**
     * Without the lines that open or close a code fence ({@code ```} or {@code ~~~} after optional spaces): models
     * wrap whole answers in one. A line scan, linear however many blank lines the answer holds.
     */
    static String withoutFenceLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int line = 0;
        while (line < text.length()) {
            int end = text.indexOf('\n', line);
            int next = end < 0 ? text.length() : end + 1;
            int content = line;
            while (content < next && (text.charAt(content) == ' ' || text.charAt(content) == '\t')) {
                content++;
            }
            if (!text.startsWith("```", content) && !text.startsWith("~~~", content)) {
                out.append(text, line, next);
            }
            line = next;
        }
        return out.toString();
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
        Node document = MARKDOWN.parse(markdown);
        int nesting = nesting(document);
        if (nesting > MAX_NESTING) {
            throw new UnparseableOutputException("the answer nests Markdown " + nesting + " levels deep (at most "
                    + MAX_NESTING + ")");
        }
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
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

    /** How deep the tree goes, found by walking it through its links (no recursion). */
    static int nesting(Node root) {
        int deepest = 0;
        int depth = 0;
        Node node = root;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                deepest = Math.max(deepest, ++depth);
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == root ? null : node.getNext();
        }
        return deepest;
    }

    private static String plain(Node node) {
        return PLAIN.render(node).replaceAll("\\s+", " ").strip();
    }
}
