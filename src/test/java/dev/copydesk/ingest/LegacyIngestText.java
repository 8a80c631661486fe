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

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text handling of ingest as it was before issue 8 ({@code BodyText} and {@code BoilerplateCleaner} at commit
 * f3087b7), kept for {@link IngestTextBench} only, so that old and new are timed in the same run. Never used by the
 * application or by a test. The one change: the regular expressions read the text through {@link Deadline}, so that
 * a run that would take minutes can be stopped; that adds a counter per character read.
 */
final class LegacyIngestText {

    /** Thrown when the deadline passed while the old code was still working. */
    static final class DeadlineExceeded extends RuntimeException {
        DeadlineExceeded() {
            super("deadline exceeded", null, false, false);
        }
    }

    /** A string read through a clock check, every 4,096 characters read. */
    static final class Deadline implements CharSequence {
        private final String text;
        private final long deadlineNanos;
        private int reads;

        Deadline(String text, long deadlineNanos) {
            this.text = text;
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 4095) == 0 && System.nanoTime() > deadlineNanos) {
                throw new DeadlineExceeded();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadline(text.substring(start, end), deadlineNanos);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();
    private static final String HTML_BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre";
    private static final Pattern HTML_GUESS = Pattern.compile("(?s).*<(p|div|br|h[1-6]|ul|li|article|section)\\b[^>]*>.*");
    private static final Pattern MARKDOWN_GUESS = Pattern.compile("(?s)(.*\\n)?#{1,6} \\S.*");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\n]+");
    private static final Pattern TRAILER = Pattern.compile(
            "(?iu)^(source link|lien source|source\\s*:\\s*link|read more|lire la suite|advertisement|publicité)\\b.*");
    private static final Pattern PHOTO_NOTE = Pattern.compile(
            "(?iu)\\s*\\((?:photo|photos|crédit|credit|image|picture|pictured|illustration)\\b[^)]{0,80}\\)");
    private static final Pattern BULLET = Pattern.compile("^[•\\u2022\\u25CF\\u25AA*\\-–]\\s+");

    private final long deadlineNanos;

    LegacyIngestText(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** Guess the format when none is given, read the paragraphs, clean them: what ingest did to a body. */
    int process(String body, BodyFormat declared) {
        BodyFormat format = declared != null ? declared : guessFormat(body);
        return clean(paragraphs(body, format)).size();
    }

    private CharSequence timed(String text) {
        return new Deadline(text, deadlineNanos);
    }

    private void check() {
        if (System.nanoTime() > deadlineNanos) {
            throw new DeadlineExceeded();
        }
    }

    BodyFormat guessFormat(String body) {
        if (HTML_GUESS.matcher(timed(body)).matches()) {
            return BodyFormat.HTML;
        }
        if (MARKDOWN_GUESS.matcher(timed(body)).matches()) {
            return BodyFormat.MARKDOWN;
        }
        return BodyFormat.TEXT;
    }

    List<String> paragraphs(String body, BodyFormat format) {
        List<String> paragraphs = switch (format) {
            case HTML -> fromHtml(body);
            case MARKDOWN -> fromMarkdown(body);
            case TEXT -> Arrays.asList(body.replace("\r\n", "\n").split("\n"));
        };
        return paragraphs.stream().map(this::collapseSpaces).filter(p -> !p.isEmpty()).toList();
    }

    private List<String> fromHtml(String body) {
        Document document = Jsoup.parseBodyFragment(body);
        document.select("script, style, iframe, noscript").remove();
        List<String> paragraphs = new ArrayList<>();
        for (Element block : document.body().select(HTML_BLOCKS)) {
            check();
            if (block.parents().stream().noneMatch(parent -> parent.is(HTML_BLOCKS))) {
                paragraphs.add(block.text());
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(document.body().text());
        }
        return paragraphs;
    }

    private List<String> fromMarkdown(String body) {
        List<String> paragraphs = new ArrayList<>();
        MARKDOWN.parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                if (!(paragraph.getParent() instanceof ListItem)) {
                    paragraphs.add(PLAIN.render(paragraph));
                }
            }

            @Override
            public void visit(Heading heading) {
                paragraphs.add(PLAIN.render(heading));
            }

            @Override
            public void visit(ListItem item) {
                paragraphs.add("• " + PLAIN.render((Node) item));
            }
        });
        return paragraphs;
    }

    private String collapseSpaces(String text) {
        return SPACES.matcher(timed(text.replace('\u00a0', ' '))).replaceAll(" ").strip();
    }

    List<String> clean(List<String> rawParagraphs) {
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String previous = null;
        boolean leadingBullets = true;
        for (String raw : rawParagraphs) {
            if (TRAILER.matcher(timed(raw)).matches()) {
                continue;
            }
            String text = PHOTO_NOTE.matcher(timed(raw)).replaceAll("").strip();
            boolean hadPhotoNote = !text.equals(raw.strip());
            if (text.isEmpty()) {
                continue;
            }
            if (BULLET.matcher(timed(text)).find()) {
                if (leadingBullets) {
                    continue;
                }
            } else {
                leadingBullets = false;
            }
            String fingerprint = fingerprint(text);
            if (fingerprint.equals(previous)) {
                paragraphs.remove(paragraphs.size() - 1);
                previous = null;
                continue;
            }
            previous = fingerprint;
            if (seen.add(fingerprint)) {
                paragraphs.add(text);
            } else if (hadPhotoNote) {
                check();
            }
        }
        return paragraphs;
    }

    private String fingerprint(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        folded = Pattern.compile("[\u2018\u2019\u02BC`´]").matcher(timed(folded)).replaceAll("'");
        folded = Pattern.compile("[\u201C\u201D«»]").matcher(timed(folded)).replaceAll("\"").toLowerCase(Locale.ROOT);
        folded = Pattern.compile("[\\s.!?]+$").matcher(timed(folded)).replaceAll("");
        return SPACES.matcher(timed(folded)).replaceAll(" ");
    }
}
