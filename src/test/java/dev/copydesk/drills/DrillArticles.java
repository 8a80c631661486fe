package dev.copydesk.drills;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.model.Json;
import dev.copydesk.support.HostileInputs;
import dev.copydesk.support.Samples;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The normal articles of the drills: the seed sample as article {@code id}, with a version label in its title (so
 * that every version is a distinct prompt, never a cache hit) and the drill's marker in its source URL.
 */
final class DrillArticles {

    static final List<String> LOCALES = List.of("fr-FR");

    private DrillArticles() {
    }

    /** A raw article; {@code version} such as "v1" goes into the title as "(id v1) ...". */
    static byte[] raw(String id, String version, String marker) {
        ObjectNode article = (ObjectNode) HostileInputs.readTree(Samples.seedAs(id));
        article.put("title", article.get("title").asText().replace("(" + id + ")", "(" + id + " " + version + ")"));
        ObjectNode source = (ObjectNode) article.get("source");
        source.put("url", MarkerFallback.markedUrl(source.get("url").asText(), marker));
        return Json.write(article).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A rewritten article for the SEO stage made from {@code template} (one the rewrite stage produced in this
     * run): another id, the marker in its source URL, and a {@code sourceVersion} naming the synthetic feed position
     * that is the input's identity for the auditor (the product copies it to the published article).
     */
    static byte[] rewrittenFrom(ObjectNode template, String id, String marker, SourceCoord identity) {
        ObjectNode article = template.deepCopy();
        article.put("id", id);
        ObjectNode source = article.with("source");
        source.put("url", MarkerFallback.markedUrl("https://example.com/wire/seo-feed", marker));
        article.putObject("sourceVersion").put("topic", identity.topic()).put("partition", identity.partition())
                .put("offset", identity.offset()).put("timestamp", System.currentTimeMillis());
        return Json.write(article).getBytes(StandardCharsets.UTF_8);
    }
}
