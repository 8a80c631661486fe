package dev.copydesk.seo.render;

import dev.copydesk.language.Whitespace;
import dev.copydesk.analysis.ArticleText;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.Section;
import dev.copydesk.model.Source;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Writes the article as CommonMark: {@code # title}, the standfirst paragraph, then each section as
 * {@code ## heading} (when it has one) and its paragraphs. The document is built as a commonmark tree and written
 * by commonmark's own Markdown renderer, which escapes whatever the wire or the model wrote (a "1." or "#" at the
 * start of a paragraph, a run of underscores, brackets) so that it reads back as the same text.
 * <p>
 * Paragraphs keep the inline Markdown the rewriter may legitimately write (emphasis, links to web pages); raw HTML
 * becomes plain text and a link or image to anything but an http(s) URL keeps only its text. Text that would start
 * another block (heading, list, quote) stays a paragraph.
 * <p>
 * Images are spread through the text rather than stacked: the first (the lead image) comes right after the
 * standfirst (after the title when there is none), the next one after the first section, and so on; images
 * beyond the number of sections close the article. Each is {@code ![alt](url)} followed, when there is a caption
 * or a credit, by an emphasised paragraph "caption — credit", since wire photos must show their credit.
 * <p>
 * The last paragraph cites the source ({@link SourceCitation}) when it has a web address.
 */
public final class ArticleMarkdown {

    private static final Parser INLINE_PARSER = Parser.builder().build();
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();

    private ArticleMarkdown() {
    }

    /**
     * The article written once: its Markdown, and the commonmark tree that Markdown reads back as, so that the HTML
     * is rendered from the tree instead of parsing the Markdown again.
     */
    public record Written(String markdown, Document tree) {
    }

    public static String of(ArticleText text, List<ArticleImage> images, Source source) {
        return write(text, images, source).markdown();
    }

    public static Written write(ArticleText text, List<ArticleImage> images, Source source) {
        List<Node> document = new ArrayList<>();
        document.add(heading(1, text.title()));
        if (text.hasStandfirst()) {
            document.add(paragraph(text.standfirst()));
        }
        Iterator<ArticleImage> pending = images.iterator();
        addNextImage(document, pending);
        for (Section section : text.sections()) {
            if (section.heading() != null) {
                document.add(heading(2, section.heading()));
            }
            section.paragraphs().forEach(paragraph -> document.add(paragraph(paragraph)));
            addNextImage(document, pending);
        }
        while (pending.hasNext()) {
            addNextImage(document, pending);
        }
        SourceCitation.paragraph(source, text.rules()).ifPresent(document::add);
        // Runs of blocks that start with a letter are written in one call: each call builds the renderer's whole
        // context, which cost more than the writing. A block starting otherwise is written alone and checked.
        StringBuilder markdown = PageBuffer.borrow(8192);
        Document tree = new Document();
        Document run = new Document();
        for (Node block : document) {
            if (startsWithLetter(block)) {
                run.appendChild(block);
            } else {
                flush(run, markdown, tree);
                append(markdown, render(block));
                tree.appendChild(block);
            }
        }
        flush(run, markdown, tree);
        return new Written(PageBuffer.release(markdown.append('\n')), tree);
    }

    /** Writes the run straight into the article's buffer (no intermediate string), without its trailing newline. */
    private static void flush(Document run, StringBuilder markdown, Document tree) {
        if (run.getFirstChild() == null) {
            return;
        }
        if (!markdown.isEmpty()) {
            markdown.append("\n\n");
        }
        RENDERER.render(run, markdown);
        int end = markdown.length();
        while (end > 0 && Character.isWhitespace(markdown.charAt(end - 1))) {
            end--;
        }
        markdown.setLength(end);
        moveChildren(run, tree);
    }

    private static void append(StringBuilder markdown, String block) {
        if (!markdown.isEmpty()) {
            markdown.append("\n\n");
        }
        markdown.append(block);
    }

    /**
     * A heading or paragraph whose text starts with a letter or an opening quote, bracket or dash, which no Markdown
     * block marker can be, or a paragraph that is one image ("![" opens no block).
     */
    private static boolean startsWithLetter(Node block) {
        if (!(block instanceof Paragraph || block instanceof Heading)) {
            return false;
        }
        Node first = block.getFirstChild();
        if (first instanceof Image && first.getNext() == null && block instanceof Paragraph) {
            return true;
        }
        if (!(first instanceof Text text) || text.getLiteral().isEmpty()) {
            return false;
        }
        char c = text.getLiteral().charAt(0);
        return Character.isLetter(c) || "«“‘„(—–¿¡".indexOf(c) >= 0;
    }

    /**
     * One block as commonmark writes it, read back to make sure it is still one block of the same kind: the
     * renderer leaves a paragraph's leading "+ " as it is, which would make it a list, so such a start is escaped.
     * The block is left without a parent.
     */
    private static String render(Node block) {
        Document document = new Document();
        document.appendChild(block);
        String markdown = RENDERER.render(document).strip();
        block.unlink();
        if (!markdown.isEmpty() && Character.isLetter(markdown.charAt(0)) && block instanceof Paragraph) {
            return markdown; // a paragraph starting with a letter cannot open another kind of block
        }
        Node reread = INLINE_PARSER.parse(markdown).getFirstChild();
        boolean same = reread != null && reread.getClass() == block.getClass() && reread.getNext() == null;
        return same ? markdown : "\\" + markdown;
    }

    private static Heading heading(int level, String text) {
        Heading heading = new Heading();
        heading.setLevel(level);
        heading.appendChild(new Text(Whitespace.collapse(text)));
        return heading;
    }

    /** A paragraph of the rewrite: its inline Markdown kept when it is safe, as one paragraph whatever it starts with. */
    public static Paragraph paragraph(String text) {
        String line = Whitespace.collapse(text);
        Paragraph paragraph = new Paragraph();
        if (!hasInlineMarkup(line)) {
            // Plain prose, most paragraphs: nothing to parse, the renderer escapes what needs it.
            paragraph.appendChild(new Text(line));
            return paragraph;
        }
        Node parsed = INLINE_PARSER.parse(line);
        Node only = parsed.getFirstChild();
        if (only instanceof Paragraph && only.getNext() == null) {
            moveChildren(only, paragraph);
            makeSafe(paragraph);
        } else {
            paragraph.appendChild(new Text(line));
        }
        return paragraph;
    }

    /** Whether {@code line} has a character that may start inline Markdown or HTML (emphasis, link, code, entity). */
    private static boolean hasInlineMarkup(String line) {
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case '*', '_', '[', ']', '<', '>', '&', '`', '!', '\\' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** Raw HTML becomes text; links and images to anything but a web URL become their text. */
    private static void makeSafe(Node parent) {
        Node node = parent.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            if (node instanceof HtmlInline html) {
                node.insertBefore(new Text(html.getLiteral()));
                node.unlink();
            } else if (node instanceof Link link && !WebSafe.isWeb(link.getDestination())
                    || node instanceof Image image && !WebSafe.isWeb(image.getDestination())) {
                Node child = node.getFirstChild();
                while (child != null) {
                    Node following = child.getNext();
                    node.insertBefore(child);
                    child = following;
                }
                node.unlink();
            } else {
                makeSafe(node);
            }
            node = next;
        }
    }

    private static void moveChildren(Node from, Node to) {
        Node child = from.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            to.appendChild(child);
            child = next;
        }
    }

    private static void addNextImage(List<Node> document, Iterator<ArticleImage> pending) {
        if (!pending.hasNext()) {
            return;
        }
        ArticleImage image = pending.next();
        Optional<String> url = WebSafe.web(image.url());
        if (url.isEmpty()) {
            return;
        }
        Paragraph figure = new Paragraph();
        Image node = new Image(url.get(), null);
        node.appendChild(new Text(Whitespace.collapse(image.alt())));
        figure.appendChild(node);
        document.add(figure);
        List<String> legend = new ArrayList<>();
        Whitespace.nonBlank(image.caption()).ifPresent(legend::add);
        Whitespace.nonBlank(image.credit()).ifPresent(legend::add);
        if (!legend.isEmpty()) {
            Emphasis emphasis = new Emphasis("*");
            emphasis.appendChild(new Text(Whitespace.collapse(String.join(" — ", legend))));
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(emphasis);
            document.add(paragraph);
        }
    }
}
