package dev.copydesk.ingest;

import dev.copydesk.rewrite.PromptTemplates;
import dev.copydesk.support.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every body of {@link PathologicalBodies}, at the 200,000-character limit, goes through the whole ingest (JSON,
 * format guess, paragraphs, cleaning, language) and comes out as an article that kept its text, or, when the
 * language is left to detection, possibly as {@code unknown-language}: never an {@link Error} nor another exception;
 * in the rewrite prompt it stays between its data tags.
 * How long it takes is the benchmark's business ({@code deploy/bench/ingest-text.sh}), not this test's.
 */
class PathologicalBodiesTests {

    /** Words every body carries, in {@link PathologicalBodies#SENTENCE} or in its generated paragraph. */
    private static final String KEPT_TEXT = "conseil municipal a voté";

    private final ArticleIngestor ingestor = Samples.ingestor();

    static List<PathologicalBodies.Body> bodies() {
        return PathologicalBodies.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void withItsLanguageDeclaredIsIngestedWithItsTextKept(PathologicalBodies.Body body) {
        NormalizedArticle article = ingestor.ingest(json(body, true));
        assertKeptText(article);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void staysBetweenItsDataTagsInTheRewritePrompt(PathologicalBodies.Body body) {
        NormalizedArticle article = ingestor.ingest(json(body, true));
        String prompt = PromptTemplates.bundled().render(article.workItems().get(0), "m").user();
        assertEquals(1, prompt.lines().filter(line -> line.equals("</article>")).count());
        assertEquals(1, prompt.split("</body>", -1).length - 1, "no forged closing tag left in the body");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void withItsLanguageLeftToDetectionIsIngestedOrRejectedAsUnknownLanguage(PathologicalBodies.Body body) {
        try {
            assertKeptText(ingestor.ingest(json(body, false)));
        } catch (RejectedInputException e) {
            assertEquals("unknown-language", e.reasonCode(), e.getMessage());
        }
    }

    private static void assertKeptText(NormalizedArticle article) {
        assertTrue(article.paragraphs().stream().anyMatch(paragraph -> paragraph.contains(KEPT_TEXT)),
                "the readable text survived");
        for (String paragraph : article.paragraphs()) {
            assertFalse(paragraph.isBlank());
            assertFalse(paragraph.contains("\n") || paragraph.contains("\t") || paragraph.contains("  "),
                    "whitespace collapsed");
        }
    }

    /** The raw record as a producer would send it: lone surrogates and controls as JSON escapes. */
    private static byte[] json(PathologicalBodies.Body body, boolean declareLanguage) {
        StringBuilder json = new StringBuilder("{\"id\": \"pathological\", ");
        if (declareLanguage) {
            json.append("\"language\": \"fr\", ");
        }
        if (body.format() != null) {
            json.append("\"format\": \"").append(body.format().name().toLowerCase()).append("\", ");
        }
        json.append("\"body\": \"");
        for (char c : body.text().toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                String hex = Integer.toHexString(c);
                json.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
            } else {
                json.append(c);
            }
        }
        return json.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
