package dev.copydesk.ingest;

import dev.copydesk.model.BodyFormat;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a raw body, whatever its format, into plain-text paragraphs in reading order.
 *
 * <p>The body is untrusted and up to {@code max-body-chars} long, so everything here runs in time linear in its
 * length and in constant stack depth, whatever it contains: plain scans instead of regular expressions, and
 * iterative walks of the HTML and Markdown trees (a body of 100,000 nested {@code >} or {@code <div>} must not
 * overflow the stack).
 */
final class BodyText {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final Evaluator HTML_BLOCKS =
            QueryParser.parse("p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre");
    /** Tags whose presence means the producer sent HTML. */
    private static final Set<String> HTML_SIGNS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
            "li", "article", "section");
    private static final int LONGEST_HTML_SIGN = "article".length();

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

    /**
     * The format a producer most likely meant when it did not say: HTML when a block tag such as {@code <p>} or
     * {@code <div ...>} opens somewhere, Markdown when a line starts with an ATX heading ({@code ## Title}), else text.
     */
    static BodyFormat guessFormat(String body) {
        if (hasHtmlBlockTag(body)) {
            return BodyFormat.HTML;
        }
        if (hasMarkdownHeading(body)) {
            return BodyFormat.MARKDOWN;
        }
        return BodyFormat.TEXT;
    }

    /** A {@code <} followed by one of {@link #HTML_SIGNS} as a whole word, with a {@code >} somewhere after it. */
    private static boolean hasHtmlBlockTag(String body) {
        int lastClose = body.lastIndexOf('>');
        for (int open = body.indexOf('<'); open >= 0 && open < lastClose; open = body.indexOf('<', open + 1)) {
            int end = open + 1;
            // Only a word as long as the longest tag name can be one: bounded work per '<'.
            while (end < body.length() && end - open - 1 <= LONGEST_HTML_SIGN && isWordChar(body.charAt(end))) {
                end++;
            }
            if (lastClose >= end && HTML_SIGNS.contains(body.substring(open + 1, end))
                    && (end == body.length() || !isWordChar(body.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** A line that starts with one to six {@code #}, a space and then something other than whitespace. */
    private static boolean hasMarkdownHeading(String body) {
        for (int line = 0; line < body.length(); ) {
            int hashes = 0;
            while (line + hashes < body.length() && body.charAt(line + hashes) == '#' && hashes <= 6) {
                hashes++;
            }
            int after = line + hashes;
            if (hashes >= 1 && hashes <= 6 && after + 1 < body.length() && body.charAt(after) == ' '
                    && !isAsciiSpace(body.charAt(after + 1))) {
                return true;
            }
            int next = body.indexOf('\n', line);
            if (next < 0) {
                break;
            }
            line = next + 1;
        }
        return false;
    }

    private static List<String> fromText(String body) {
        // Wire copy separates paragraphs by blank lines, but many feeds use single newlines: treat each line as one.
        return List.of(body.replace("\r\n", "\n").split("\n"));
    }

    /**
     * Each outermost text block ({@code p}, {@code li}, {@code h1}…, {@code blockquote}, {@code figcaption},
     * {@code pre}) is one paragraph, with any blocks inside it. Text outside those blocks is kept too, as paragraphs
     * split where an element the browser lays out as a block (a {@code div}, a {@code br}…) starts or ends. One walk
     * of the tree, each node read once.
     */
    private static List<String> fromHtml(String body) {
        Document document = Jsoup.parseBodyFragment(body);
        document.select("script, style, iframe, noscript").remove();
        List<String> paragraphs = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof TextNode text) {
                    loose.append(text.getWholeText());
                } else if (node instanceof Element element && element.is(HTML_BLOCKS)) {
                    flush(loose, paragraphs);
                    paragraphs.add(element.text());
                    return FilterResult.SKIP_ENTIRELY;
                } else if (node instanceof Element element && element.isBlock()) {
                    flush(loose, paragraphs);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    flush(loose, paragraphs);
                }
                return FilterResult.CONTINUE;
            }
        }, document.body());
        flush(loose, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder loose, List<String> paragraphs) {
        if (!loose.isEmpty()) {
            paragraphs.add(loose.toString());
            loose.setLength(0);
        }
    }

    /**
     * Paragraphs and headings as they are, and each list item as one paragraph starting with "• " (nested lists
     * included); code and raw HTML are dropped, links and images keep their text. The tree is walked through its
     * parent and sibling links, without recursion.
     */
    private static List<String> fromMarkdown(String body) {
        List<String> paragraphs = new ArrayList<>();
        Node root = MARKDOWN.parse(body);
        Node node = root.getFirstChild();
        while (node != null) {
            boolean readWhole = true;
            if (node instanceof Paragraph || node instanceof Heading) {
                paragraphs.add(plainText(node));
            } else if (node instanceof ListItem) {
                paragraphs.add("• " + plainText(node));
            } else {
                readWhole = false;
            }
            node = readWhole ? nextAfter(node, root) : nextInOrder(node, root);
        }
        return paragraphs;
    }

    /**
     * The text of every {@link Text} and {@link Code} below {@code block}, nested blocks and line breaks as spaces;
     * raw HTML is left out.
     */
    private static String plainText(Node block) {
        StringBuilder text = new StringBuilder();
        for (Node node = block.getFirstChild(); node != null; node = nextInOrder(node, block)) {
            if (node instanceof Text literal) {
                text.append(literal.getLiteral());
            } else if (node instanceof Code code) {
                text.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak
                    || (node instanceof Block && !(node instanceof HtmlBlock))) {
                // line breaks, and the edges of nested blocks, separate words; inline markup does not
                text.append(' ');
            }
        }
        return text.toString();
    }

    /** The node after {@code node} in document order (its first child first), staying within {@code root}. */
    private static Node nextInOrder(Node node, Node root) {
        return node.getFirstChild() != null ? node.getFirstChild() : nextAfter(node, root);
    }

    /** The node after {@code node} and everything below it, staying within {@code root}. */
    private static Node nextAfter(Node node, Node root) {
        for (Node current = node; current != null && current != root; current = current.getParent()) {
            if (current.getNext() != null) {
                return current.getNext();
            }
        }
        return null;
    }

    /** Runs of ASCII whitespace and no-break spaces become one space; the ends are stripped. */
    private static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiSpace(c) || c == '\u00a0') {
                pendingSpace = !out.isEmpty();
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** What {@code \s} matches in a Java pattern without the Unicode flag. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What {@code \b} treats as part of a word. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
