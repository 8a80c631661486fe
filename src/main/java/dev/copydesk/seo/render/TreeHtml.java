package dev.copydesk.seo.render;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

import java.util.function.Predicate;

/**
 * The HTML of an article tree written by {@link ArticleMarkdown}, straight into one buffer: the same bytes as
 * commonmark's HTML renderer followed by jsoup's safelist cleaning (the path {@link HtmlRenderer} takes for any
 * other Markdown), without the second and third trees, the tokenizer and the intermediate strings that path
 * allocates for every article.
 * <p>
 * Safe by construction rather than by cleaning: it writes only the tags {@code h1 h2 p em strong code a img}, only
 * the attributes {@code href src alt title rel}, always double-quoted; every text goes through {@link #text} and every
 * attribute value through {@link #attribute}, which escape {@code & < > "} as jsoup does; and the only URL it
 * writes is a plain absolute http(s) URL ({@link #isPlainWebUrl}: printable ASCII without quotes, spaces, angle
 * brackets or backslashes, a host of letters, digits, dots and hyphens). It gives up, returning null, on anything
 * else: a node it does not know, a URL it does not call plain, a character jsoup's parser or writer treats
 * specially (controls, lone surrogates, non-characters). The caller then takes the jsoup path, so output never
 * depends on which path was taken; tests compare the two on the golden articles and on hostile text.
 */
final class TreeHtml {

    private final StringBuilder out;
    private final Predicate<String> isExternal;
    private int h1s;
    private int outbound;

    private TreeHtml(StringBuilder out, Predicate<String> isExternal) {
        this.out = out;
        this.isExternal = isExternal;
    }

    /** The page of {@code written}, or null when it has something this writer does not handle. */
    static HtmlRenderer.Page page(ArticleMarkdown.Written written, Predicate<String> isExternal) {
        // The HTML is about as long as the Markdown plus its tags.
        String markdown = written.markdown();
        TreeHtml html = new TreeHtml(PageBuffer.borrow(markdown.length() + markdown.length() / 4 + 64), isExternal);
        for (Node block = written.tree().getFirstChild(); block != null; block = block.getNext()) {
            if (!html.block(block)) {
                PageBuffer.giveBack(html.out);
                return null;
            }
        }
        return new HtmlRenderer.Page(markdown, PageBuffer.release(html.out), Math.min(1, html.h1s), html.outbound);
    }

    private boolean block(Node block) {
        String tag;
        if (block instanceof Paragraph) {
            tag = "p";
        } else if (block instanceof Heading heading && (heading.getLevel() == 1 || heading.getLevel() == 2)) {
            // The page keeps one h1, the first: any other is demoted, as the cleaned page does.
            tag = heading.getLevel() == 2 || h1s++ > 0 ? "h2" : "h1";
        } else {
            return false;
        }
        out.append('<').append(tag).append('>');
        if (!children(block)) {
            return false;
        }
        out.append("</").append(tag).append(">\n");
        return true;
    }

    private boolean children(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (!inline(node)) {
                return false;
            }
        }
        return true;
    }

    private boolean inline(Node node) {
        if (node instanceof Text text) {
            return text(text.getLiteral());
        }
        if (node instanceof Emphasis) {
            return wrapped("em", node);
        }
        if (node instanceof StrongEmphasis) {
            return wrapped("strong", node);
        }
        if (node instanceof Code code) {
            out.append("<code>");
            if (!text(code.getLiteral())) {
                return false;
            }
            out.append("</code>");
            return true;
        }
        if (node instanceof Link link) {
            return link(link);
        }
        if (node instanceof Image image) {
            return image(image);
        }
        return false;
    }

    private boolean wrapped(String tag, Node node) {
        out.append('<').append(tag).append('>');
        if (!children(node)) {
            return false;
        }
        out.append("</").append(tag).append('>');
        return true;
    }

    private boolean link(Link link) {
        String href = link.getDestination();
        if (!isPlainWebUrl(href)) {
            return false;
        }
        out.append("<a href=\"");
        attribute(href);
        out.append('"');
        if (!title(link.getTitle())) {
            return false;
        }
        if (isExternal.test(href)) {
            out.append(" rel=\"nofollow noopener\"");
            outbound++;
        }
        out.append('>');
        if (!children(link)) {
            return false;
        }
        out.append("</a>");
        return true;
    }

    private boolean image(Image image) {
        String src = image.getDestination();
        if (!isPlainWebUrl(src)) {
            return false;
        }
        out.append("<img src=\"");
        attribute(src);
        out.append("\" alt=\"");
        if (!altText(image)) {
            return false;
        }
        out.append('"');
        if (!title(image.getTitle())) {
            return false;
        }
        out.append('>');
        return true;
    }

    /** An image's alt text is the text of its description, markup left out; anything but text there is not handled. */
    private boolean altText(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                if (!attribute(text.getLiteral())) {
                    return false;
                }
            } else if (node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link
                    || node instanceof Image) {
                if (!altText(node)) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    private boolean title(String title) {
        if (title == null) {
            return true;
        }
        out.append(" title=\"");
        if (!attribute(title)) {
            return false;
        }
        out.append('"');
        return true;
    }

    /** Text content: {@code & < >} and the no-break space as entities. */
    private boolean text(String text) {
        return escaped(text, false);
    }

    /** A double-quoted attribute value: {@code & " < >} and the no-break space as entities. */
    private boolean attribute(String value) {
        return escaped(value, true);
    }

    private boolean escaped(String text, boolean inAttribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\u00A0' -> out.append("&nbsp;");
                case '"' -> out.append(inAttribute ? "&quot;" : "\"");
                default -> {
                    int width = plainWidth(text, i);
                    if (width == 0) {
                        return false;
                    }
                    out.append(c);
                    if (width == 2) {
                        out.append(text.charAt(++i));
                    }
                }
            }
        }
        return true;
    }

    /**
     * How many chars the character at {@code i} takes (1, or 2 for a surrogate pair) when jsoup's parser keeps it
     * and its writer copies it as it is; 0 for the characters it does otherwise (controls, which it drops or writes
     * as numeric references, lone surrogates, non-characters, and the supplementary characters its writer mistakes
     * for a surrogate).
     */
    private static int plainWidth(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0xFDD0 && c <= 0xFDEF || c == 0xFFFE || c == 0xFFFF) {
            return 0;
        }
        if (!Character.isSurrogate(c)) {
            return 1;
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            int low16 = Character.toCodePoint(c, text.charAt(i + 1)) & 0xFFFF;
            boolean plain = !Character.isSurrogate((char) low16) && low16 != 0xFFFE && low16 != 0xFFFF;
            return plain ? 2 : 0;
        }
        return 0;
    }

    /**
     * An absolute http(s) URL that every reader of it leaves as it is: lower-case scheme, a host of ASCII letters,
     * digits, dots and hyphens, an optional port, then only printable ASCII that needs no quoting (no space, quote,
     * angle bracket, backslash, brace, pipe, caret or back-tick).
     */
    static boolean isPlainWebUrl(String url) {
        int start;
        if (url.startsWith("https://")) {
            start = 8;
        } else if (url.startsWith("http://")) {
            start = 7;
        } else {
            return false;
        }
        int i = start;
        while (i < url.length() && isHostChar(url.charAt(i))) {
            i++;
        }
        if (i == start || url.charAt(start) == '.' || url.charAt(start) == '-') {
            return false;
        }
        if (i < url.length() && url.charAt(i) == ':') {
            int digits = ++i;
            while (i < url.length() && url.charAt(i) >= '0' && url.charAt(i) <= '9') {
                i++;
            }
            if (i == digits || i - digits > 5 || Integer.parseInt(url, digits, i, 10) > 65535) {
                return false;
            }
        }
        if (i < url.length() && url.charAt(i) != '/' && url.charAt(i) != '?' && url.charAt(i) != '#') {
            return false;
        }
        for (; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-';
    }
}
