package dev.copydesk.seo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes text that came from the model or the wire before it goes into Markdown. Paragraphs keep their inline
 * Markdown (emphasis, links), which the rewriter may legitimately write; only a start that would turn the
 * paragraph into another block (heading, list, quote, code fence, rule, link definition) is escaped.
 */
final class MarkdownEscaper {

    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:#{1,6}(?=\\s|$)|[-+*](?=\\s|$)|>|```|~~~|(?:[-*_]\\s*){3,}$|\\[[^\\]]*]:)");
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})(?=[.)](?:\\s|$))");
    private static final Pattern CLOSING_HASHES = Pattern.compile("(\\s)(#+)$");
    private static final Pattern PLAIN_DESTINATION = Pattern.compile("[^\\s()<>\\\\]+");
    private static final Pattern INLINE_SIGNIFICANT = Pattern.compile("[\\\\`*_\\[\\]<>&]");

    private MarkdownEscaper() {
    }

    /** A paragraph on one line that stays a paragraph. */
    static String paragraph(String text) {
        String line = Whitespace.collapse(text);
        Matcher ordered = ORDERED_LIST_START.matcher(line);
        if (ordered.lookingAt()) {
            return ordered.group(1) + "\\" + line.substring(ordered.end());
        }
        return BLOCK_START.matcher(line).lookingAt() ? "\\" + line : line;
    }

    /** Heading text: trailing '#'s would otherwise be read as the heading's optional closing sequence. */
    static String heading(String text) {
        return CLOSING_HASHES.matcher(Whitespace.collapse(text)).replaceAll("$1\\\\$2");
    }

    /** Plain text shown as is (alt text, captions): every character Markdown would interpret is escaped. */
    static String literal(String text) {
        return INLINE_SIGNIFICANT.matcher(Whitespace.collapse(text)).replaceAll("\\\\$0");
    }

    /**
     * A link destination: the URL as it is, or, when a space, parenthesis or angle bracket in it would end the
     * destination early, in angle brackets with spaces and brackets percent-encoded.
     */
    static String destination(String url) {
        String clean = url.strip();
        if (PLAIN_DESTINATION.matcher(clean).matches()) {
            return clean;
        }
        return "<" + clean.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E") + ">";
    }
}
