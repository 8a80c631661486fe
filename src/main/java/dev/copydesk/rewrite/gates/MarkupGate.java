package dev.copydesk.rewrite.gates;

import dev.copydesk.model.GateResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output is plain text: the Markdown was already parsed, so any HTML left in a title, heading or paragraph
 * is a way for a hostile source to get markup onto the site. Fails on any element or comment jsoup finds in the
 * text, on a tag that jsoup would drop because it is never closed ({@code <img src=x onerror=…}), on
 * {@code javascript:}, {@code vbscript:} and {@code data:text/html} URLs and on event-handler attributes
 * ({@code onerror=}).
 */
public final class MarkupGate implements IntegrityGate {

    public static final String CODE = "no-markup";

    /** A tag opening, even unterminated: "<", an optional "/", a letter ("a < b" is not a tag). */
    private static final Pattern TAG_START = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9:-]*)(?=[\\s/>]|$)");
    private static final Pattern SCRIPT_URL = Pattern.compile(
            "(?i)\\b(?:java\\s*script|vb\\s*script|livescript)\\s*:|\\bdata\\s*:\\s*text/html");
    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)\\bon[a-z]{3,20}\\s*=\\s*[\"'\\w(]");

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public GateResult check(GateInput input) {
        Set<String> found = new LinkedHashSet<>();
        for (String block : input.outputBlocks()) {
            if (block.indexOf('<') >= 0) {
                findMarkup(block, found);
            }
            if (block.indexOf(':') >= 0) {
                Matcher url = SCRIPT_URL.matcher(block);
                while (url.find()) {
                    found.add("'" + url.group().replaceAll("\\s+", "").toLowerCase(Locale.ROOT) + "' link");
                }
            }
            if (block.indexOf('=') >= 0) {
                Matcher handler = EVENT_HANDLER.matcher(block);
                while (handler.find()) {
                    String attribute = handler.group();
                    found.add("'" + attribute.substring(0, attribute.indexOf('=')).strip().toLowerCase(Locale.ROOT)
                            + "=' attribute");
                }
            }
        }
        if (found.isEmpty()) {
            return GateResult.pass(CODE, "the output is plain text");
        }
        return GateResult.fail(CODE, "the output contains markup: " + GateText.list(found)
                + "; write plain text only, with no HTML tags, scripts or links");
    }

    private static void findMarkup(String block, Set<String> found) {
        Element body = Jsoup.parseBodyFragment(block).body();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element && element != body) {
                    found.add("<" + element.normalName() + "> tag");
                } else if (node instanceof Comment) {
                    found.add("HTML comment");
                }
            }
        }, body);
        Matcher tag = TAG_START.matcher(block);
        while (tag.find()) {
            found.add("<" + tag.group(1).toLowerCase(Locale.ROOT) + "> tag");
        }
    }
}
