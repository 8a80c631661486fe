package dev.copydesk.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.model.Json;
import dev.copydesk.support.HostileInputs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A wire article written to attack the page that will embed it — script URLs for its images and source, a
 * "&lt;/script&gt;" title, raw HTML, a script link and prompt delimiters in its text — goes through the whole
 * pipeline on a real broker, and every field of the published record is safe to embed in a web page.
 */
@QuarkusTest
@TestProfile(PassthroughPipelineProfile.class)
class HostileArticleTests {

    @Test
    void everyPublishedFieldOfAHostileArticleIsSafeToEmbed() {
        var article = HostileInputs.hostileHtmlArticle("hostile-1");

        try (PipelineTopics topics = new PipelineTopics(PassthroughPipelineProfile.PREFIX)) {
            topics.produce("hostile-1", Json.write(article).getBytes(StandardCharsets.UTF_8));
            ConsumerRecord<String, byte[]> record = topics.await(topics.published,
                    PipelineTopics.keyed("hostile-1:fr-FR"), 1, Duration.ofSeconds(60)).get(0);

            String json = new String(record.value(), StandardCharsets.UTF_8);
            assertFalse(json.contains("<"), "no raw '<' in the record: a page may embed it as it is");
            assertFalse(json.toLowerCase(Locale.ROOT).contains("javascript:"), json);

            JsonNode published = Json.read(json, JsonNode.class);
            List<String> problems = new ArrayList<>();
            walk("", published, problems);
            assertEquals(List.of(), problems);

            // The text may say "onerror" or "<script>": as text. No element of the page may be a script or carry one.
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parseBodyFragment(published.get("html").asText());
            assertEquals(0, page.select("script, iframe, style, [onerror], [onclick], [onload]").size(), page.html());
            page.select("[href], [src]").forEach(element -> assertTrue(
                    element.attr("href").startsWith("http") || element.attr("src").startsWith("http"), element.outerHtml()));
            // Markdown keeps the article's words: a "<script>" written in the text stays text, escaped ("\\<script>").
            String markdown = published.get("markdown").asText();
            assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<(?:img|script)").matcher(markdown).find(), markdown);
            assertTrue(published.get("jsonLd").get("headline").asText().indexOf('<') < 0);
            assertEquals(1, published.get("images").size(), "only the web image is kept");
            assertTrue(published.path("source").path("url").isMissingNode()
                    || published.path("source").path("url").isNull(), "the script source URL is dropped");
        }
    }

    /** Every string field: a URL-looking one is http(s); no string holds a script URL or a script element. */
    private static void walk(String path, JsonNode node, List<String> problems) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(path + "." + field.getKey(), field.getValue(), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), problems);
            }
        } else if (node.isTextual()) {
            String value = node.asText();
            String lower = value.toLowerCase(Locale.ROOT);
            boolean urlField = path.endsWith("url") || path.endsWith("Url") || path.endsWith("og:image")
                    || path.endsWith("isBasedOn") || path.endsWith("mainEntityOfPage") || path.contains(".image[");
            if (urlField && !(lower.startsWith("https://") || lower.startsWith("http://"))) {
                problems.add(path + " is not a web URL: " + value);
            }
            if (lower.contains("javascript:")) {
                problems.add(path + " holds a script URL: " + value);
            }
            // html is checked as a page below; markdown escapes what it keeps. Every other field is plain text that
            // a page may put in its head or an attribute without escaping it, so it holds no angle bracket at all.
            boolean markup = path.equals(".html") || path.equals(".markdown");
            if (!markup && (value.indexOf('<') >= 0 || value.indexOf('>') >= 0)) {
                problems.add(path + " holds an angle bracket: " + value);
            }
        }
    }
}
