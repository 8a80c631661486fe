package dev.copydesk.drills;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.model.Json;
import dev.copydesk.support.HostileInputs;
import dev.copydesk.support.Samples;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dev.copydesk.support.HostileInputs.bytes;

/**
 * One input per row of README's "Bad input" table that a packaged worker with default settings can meet, built
 * with the same builders as PoisonRecordTests and HostileArticleTests (support.HostileInputs). Not here: the
 * internal-error row (it needs the test-only ErrorThrowingEngine) and the model/broker rows (drills 1, 5).
 */
final class BadInputs {

    /** The stub answers a request containing this with an answer too large to write as a rewritten article. */
    static final String HUGE_ANSWER_MARK = "drill-huge-answer";

    /** One bad input: which topic, key and value, and the reason code README's table gives it. */
    record BadInput(String topic, String key, byte[] value, String reasonCode, Outcome expected,
                    List<String> locales) {

        BadInput(String topic, String key, byte[] value, String reasonCode, Outcome expected) {
            this(topic, key, value, reasonCode, expected, DrillArticles.LOCALES);
        }
    }

    private BadInputs() {
    }

    static List<BadInput> all(String prefix) {
        List<BadInput> all = new ArrayList<>();
        String raw = Auditor.RAW;
        all.add(rawBad(prefix + "empty", new byte[0], "malformed-json"));
        all.add(rawBad(prefix + "tombstone", null, "malformed-json"));
        all.add(rawBad(prefix + "garbage", HostileInputs.rawGarbage(), "malformed-json"));
        all.add(rawBad(prefix + "json-null", bytes("null"), "malformed-json"));
        all.add(rawBad(prefix + "array", bytes("[1, 2]"), "malformed-json"));
        all.add(rawBad(prefix + "string", bytes("\"a string\""), "malformed-json"));
        all.add(rawBad(prefix + "deep", bytes("[".repeat(1500) + "]".repeat(1500)), "malformed-json"));
        all.add(rawBad(prefix + "no-id", bytes("{\"body\": \"Un texte.\"}"), "missing-field:id"));
        all.add(rawBad(prefix + "no-body", bytes("{\"id\": \"" + prefix + "no-body\", \"title\": \"t\"}"),
                "missing-field:body"));
        all.add(rawBad(prefix + "format", bytes("{\"id\": \"" + prefix + "format\", \"body\": \"x\", "
                + "\"format\": \"rtf\"}"), "invalid-field:format"));
        all.add(rawBad(prefix + "type", bytes("{\"id\": \"" + prefix + "type\", \"body\": \"x\", "
                + "\"brief\": {\"minWords\": \"lots\"}}"), "invalid-field:brief.minWords"));
        String longId = prefix + "x".repeat(210);
        all.add(new BadInput(raw, longId, article(longId, a -> { }), "id-too-long", Outcome.DEAD_LETTER));
        all.add(rawBad(prefix + "huge-body", HostileInputs.articleWithBody(prefix + "huge-body",
                HostileInputs.distinctParagraphs(1400), DrillArticles.LOCALES), "body-too-large"));
        List<String> elevenLocales = List.of("fr-FR", "fr-CA", "fr-BE", "fr-CH", "en-GB", "en-US", "de-DE", "es-ES",
                "it-IT", "pt-PT", "nl-NL");
        all.add(new BadInput(raw, prefix + "locales", HostileInputs.articleWithBody(prefix + "locales",
                HostileInputs.distinctParagraphs(5), elevenLocales), "too-many-target-locales", Outcome.DEAD_LETTER,
                elevenLocales));
        all.add(rawBad(prefix + "images", article(prefix + "images", a -> {
            ArrayNode images = a.putArray("images");
            for (int i = 0; i < 51; i++) {
                images.addObject().put("url", "https://img.example.org/" + i + ".jpg");
            }
        }), "too-many-images"));
        all.add(rawBad(prefix + "highlights", article(prefix + "highlights", a -> {
            ArrayNode highlights = a.putArray("highlights");
            for (int i = 0; i < 51; i++) {
                highlights.add("Point " + i);
            }
        }), "too-many-highlights"));
        all.add(rawBad(prefix + "long-title", article(prefix + "long-title", a -> a.put("title", "T".repeat(2001))),
                "field-too-long:title"));
        all.add(rawBad(prefix + "locale", article(prefix + "locale", a -> a.with("brief").putArray("targetLocales")
                .add("xx-YY")), "unsupported-locale"));
        all.add(rawBad(prefix + "language", article(prefix + "language", a -> a.put("language", "ru")),
                "unsupported-language"));
        all.add(rawBad(prefix + "empty-body", article(prefix + "empty-body", a -> a.put("format", "html")
                .put("body", "<div><p> </p></div>")), "empty-body"));
        all.add(rawBad(prefix + "unknown-language", article(prefix + "unknown-language",
                // Detection reads the title too: digits only in both.
                a -> a.put("title", "2024 / 12").put("body", "1234 5678 9012 3456 7890 ; 42 % 17 = 8 / 99 + 31")),
                "unknown-language"));
        // Over the dead-letter producer's max.request.size (1,000,000): the dead letter falls back to a cut copy.
        all.add(rawBad(prefix + "fallback", article(prefix + "fallback", a -> a.put("body",
                HostileInputs.distinctParagraphs(6_300))), "body-too-large (fallback dead letter)"));
        // The model answers this one with ~1.2 MB: the rewritten article is over max.request.size.
        all.add(rawBad(prefix + "huge-answer", article(prefix + "huge-answer", a -> a.put("title",
                "Poutine et la Chine " + HUGE_ANSWER_MARK)), "output-too-large"));
        // The page-attacking article of HostileArticleTests: published (or for review), made safe.
        String hostile = prefix + "hostile-html";
        all.add(new BadInput(raw, hostile, Json.write(HostileInputs.hostileHtmlArticle(hostile))
                .getBytes(StandardCharsets.UTF_8), "(published, made safe)", null));

        String rewritten = Auditor.REWRITTEN;
        all.add(seoBad(prefix + "seo-json-null", bytes("null")));
        all.add(seoBad(prefix + "seo-tombstone", null));
        all.add(seoBad(prefix + "seo-empty", new byte[0]));
        all.add(seoBad(prefix + "seo-garbage", HostileInputs.rewrittenGarbage()));
        all.add(seoBad(prefix + "seo-not-an-article", bytes("{\"id\": \"" + prefix + "seo-not-an-article\", "
                + "\"locale\": \"fr-FR\", \"title\": \"t\", \"sections\": \"none\"}")));
        all.add(new BadInput(rewritten, prefix + "seo-no-title:fr-FR", bytes("{\"id\": \"" + prefix
                + "seo-no-title\", \"locale\": \"fr-FR\", \"sections\": []}"), "missing-field:title",
                Outcome.DEAD_LETTER));
        return all;
    }

    private static BadInput rawBad(String key, byte[] value, String reasonCode) {
        return new BadInput(Auditor.RAW, key, value, reasonCode, Outcome.DEAD_LETTER);
    }

    private static BadInput seoBad(String id, byte[] value) {
        return new BadInput(Auditor.REWRITTEN, id + ":fr-FR", value, "malformed-json", Outcome.DEAD_LETTER);
    }

    private static byte[] article(String id, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode article = (ObjectNode) HostileInputs.readTree(Samples.seedAs(id));
        change.accept(article);
        return Json.write(article).getBytes(StandardCharsets.UTF_8);
    }
}
