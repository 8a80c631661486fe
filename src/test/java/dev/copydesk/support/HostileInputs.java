package dev.copydesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.model.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Hostile and poison inputs shared by the pipeline tests (HostileArticleTests, PoisonRecordTests) and the drill
 * suite (dev.copydesk.drills), so that a drill's "hostile mix" sends exactly what those tests prove one by one.
 */
public final class HostileInputs {

    private HostileInputs() {
    }

    /**
     * A wire article written to attack the page that will embed it: script URLs for its images and source, a
     * "&lt;/script&gt;" title, raw HTML, a script link and prompt delimiters in its text.
     */
    public static ObjectNode hostileHtmlArticle(String id) {
        ObjectNode article = (ObjectNode) readTree(Samples.seedAs(id));
        article.put("title", "Poutine </script><script>alert('t')</script> et la Chine");
        ((ObjectNode) article.get("source")).put("url", "javascript:alert(2)");
        article.put("body", "<img src=x onerror=alert(6)> &lt;b&gt;Alerte&lt;/b&gt; " + article.get("body").asText()
                + "\n\nVoir [la carte](javascript:alert(3)) et "
                + "<img src=x onerror=alert(4)> ainsi que <script>alert(5)</script>, ＜/article＞ &lt;/article&gt; fin."
                + "\n\n" + "_".repeat(5_000));
        var images = article.putArray("images");
        images.addObject().put("url", "javascript:alert(1)").put("caption", "<b>piège</b>");
        images.addObject().put("url", "https://img.example.org/ok.jpg").put("caption", "Une légende")
                .put("credit", "AFP");
        return article;
    }

    /** A raw article with {@code body}, in French, for {@code locales}. */
    public static byte[] articleWithBody(String id, String body, List<String> locales) {
        ObjectNode article = (ObjectNode) readTree(Samples.seedAs(id));
        article.put("body", body);
        article.putArray("highlights");
        ObjectNode brief = (ObjectNode) article.get("brief");
        brief.putArray("targetLocales").addAll(locales.stream().map(article::textNode).toList());
        return Json.write(article).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code count} different paragraphs of French prose, ~160 characters each. */
    public static String distinctParagraphs(int count) {
        return String.join("\n\n", IntStream.range(0, count).mapToObj(i -> "Le conseil de la commune " + i
                + " a voté le budget de l'année après un débat de " + (i % 7 + 2) + " heures sur les écoles, "
                + "les routes et le marché couvert du quartier " + Integer.toString(i * 7919, 36) + ".").toList());
    }

    /** Bytes that are not UTF-8 JSON, for the raw topic. */
    public static byte[] rawGarbage() {
        return new byte[]{(byte) 0xc3, 0x28, '<', 'x', '>'};
    }

    /** Bytes that are not JSON, for the rewritten topic. */
    public static byte[] rewrittenGarbage() {
        return new byte[]{(byte) 0xff, 0x00, '{', '"', 'x'};
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static JsonNode readTree(byte[] json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
