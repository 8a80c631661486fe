package dev.copydesk.ingest;

import dev.copydesk.model.BodyFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * Bodies built to hurt text handling: long runs of one character or of punctuation, quotes and brackets left open
 * across 100,000 characters, thousands of {@code _} and {@code *}, one 200,000-character paragraph, deep nesting,
 * zero-width and combining marks, lone surrogates, right-to-left marks. Each stays within the 200,000-character body
 * limit and is meant to be read the way a producer would send it ({@code format} null: guessed). Shared by
 * {@code PathologicalBodiesTests} (outcomes) and {@code IngestTextBench} (timings).
 */
final class PathologicalBodies {

    /** Characters of each body: the default {@code copydesk.ingest.max-body-chars}. */
    static final int SIZE = 200_000;
    /** A sentence that must survive wherever the body leaves text to read. */
    static final String SENTENCE = "Le conseil municipal a voté le budget de la ville mardi soir après un long débat.";

    /** One input: what it is, the body, and the format the producer declares (null when it declares none). */
    record Body(String name, String text, BodyFormat format) {
        @Override
        public String toString() {
            return name;
        }
    }

    private PathologicalBodies() {
    }

    static List<Body> all() {
        return all(SIZE);
    }

    /** The corpus with bodies of about {@code size} characters (the benchmark also runs smaller ones). */
    static List<Body> all(int size) {
        List<Body> bodies = new ArrayList<>();
        // long runs of one character, or of punctuation, with text around them
        bodies.add(new Body("run of one letter", SENTENCE + "\n" + "a".repeat(size - 200), null));
        bodies.add(new Body("run of dots mid-paragraph", SENTENCE + " " + ".".repeat(size - 200) + " fin", null));
        bodies.add(new Body("run of ?! then a word", SENTENCE + " " + "?!".repeat((size - 200) / 2) + "x", null));
        bodies.add(new Body("run of spaces then a word", SENTENCE + " ".repeat(size - 200) + "x", null));
        bodies.add(new Body("run of no-break spaces and tabs", SENTENCE + "\u00a0\t".repeat((size - 200) / 2) + "x",
                null));
        bodies.add(new Body("run of blank lines", SENTENCE + "\n".repeat(size - 200) + "Fin.", null));
        bodies.add(new Body("run of hashes", "#".repeat(size - 200) + " " + SENTENCE, null));
        bodies.add(new Body("heading-like lines", ("####### x\n").repeat((size - 200) / 10) + SENTENCE, null));
        // quotes and brackets opened and never closed
        bodies.add(new Body("unclosed French quote", "« " + words(size - 100), null));
        bodies.add(new Body("unclosed curly quote then a long paragraph", "‘" + words(size - 100), BodyFormat.TEXT));
        bodies.add(new Body("unclosed parenthesis", "(" + words(size - 100), null));
        bodies.add(new Body("many photo notes never closed", ("(photo " + "x".repeat(90)).repeat(size / 100)
                + SENTENCE, null));
        bodies.add(new Body("run of open brackets", SENTENCE + "\n" + "[".repeat(size - 200), null));
        bodies.add(new Body("run of open parentheses", SENTENCE + "\n" + "(".repeat(size - 200), null));
        bodies.add(new Body("tag openers never closed", SENTENCE + " " + "<p".repeat((size - 200) / 2), null));
        bodies.add(new Body("tag openers then one close at the end", SENTENCE + " " + "<p ".repeat((size - 200) / 3)
                + ">", null));
        bodies.add(new Body("unclosed delimiter tags", SENTENCE + " " + "</article".repeat((size - 200) / 9), null));
        // Markdown emphasis and nesting
        bodies.add(new Body("thousands of underscores", SENTENCE + "\n\n" + "_".repeat(size - 200),
                BodyFormat.MARKDOWN));
        bodies.add(new Body("thousands of stars", SENTENCE + "\n\n" + "*a".repeat((size - 200) / 2),
                BodyFormat.MARKDOWN));
        bodies.add(new Body("underscores between words", SENTENCE + "\n\n" + "mot_".repeat((size - 200) / 4),
                BodyFormat.MARKDOWN));
        bodies.add(new Body("nested emphasis", SENTENCE + "\n\n" + "*".repeat(size / 2 - 200) + "x"
                + "*".repeat(size / 2 - 200), BodyFormat.MARKDOWN));
        bodies.add(new Body("deeply nested block quotes", SENTENCE + "\n\n" + ">".repeat(size - 200) + " x",
                BodyFormat.MARKDOWN));
        bodies.add(new Body("deeply nested lists", SENTENCE + "\n\n" + "- ".repeat((size - 200) / 2) + "x",
                BodyFormat.MARKDOWN));
        bodies.add(new Body("unclosed link brackets", SENTENCE + "\n\n" + "[a](".repeat((size - 200) / 4),
                BodyFormat.MARKDOWN));
        // HTML nesting
        bodies.add(new Body("deeply nested divs", "<div>".repeat((size - 200) / 5) + "<p>" + SENTENCE + "</p>", null));
        bodies.add(new Body("deeply nested block quotes in HTML", "<blockquote>".repeat((size - 200) / 12)
                + SENTENCE, BodyFormat.HTML));
        bodies.add(new Body("unclosed HTML comment", "<p>" + SENTENCE + "</p><!--" + words(size - 200),
                BodyFormat.HTML));
        // one huge paragraph
        bodies.add(new Body("one 200k-character paragraph", words(size), null));
        // invisible and combining characters
        bodies.add(new Body("zero-width spaces between letters", SENTENCE + "\n" + "a\u200B".repeat((size - 200) / 2),
                null));
        bodies.add(new Body("zero-width joiners and BOMs", SENTENCE + "\n" + "\u200D\uFEFF".repeat((size - 200) / 2),
                null));
        bodies.add(new Body("one letter with 100k combining accents", SENTENCE + "\ne" + "\u0301".repeat(size - 200),
                null));
        bodies.add(new Body("alternating combining classes", SENTENCE + "\ne" + "\u0301\u0323".repeat((size - 200) / 2),
                null));
        bodies.add(new Body("lone high surrogates", SENTENCE + "\n" + "a\uD800".repeat((size - 200) / 2), null));
        bodies.add(new Body("lone low surrogates", SENTENCE + "\n" + "\uDC00 ".repeat((size - 200) / 2), null));
        bodies.add(new Body("right-to-left marks and overrides", SENTENCE + "\n"
                + "\u202E\u200F\u061C".repeat((size - 200) / 3) + SENTENCE, null));
        return bodies;
    }

    /** French-looking words up to {@code length} characters, in one paragraph with no line break. */
    static String words(int length) {
        String[] vocabulary = {"le", "conseil", "municipal", "a", "voté", "budget", "ville", "mardi", "soir",
                "après", "un", "long", "débat", "sur", "les", "écoles", "et", "routes"};
        StringBuilder text = new StringBuilder(length + 16);
        for (int i = 0; text.length() < length - 16; i++) {
            text.append(vocabulary[i % vocabulary.length]).append(i % 17 == 16 ? ". " : " ");
        }
        return text.toString().strip();
    }
}
