package dev.copydesk.drills;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.model.Json;

import java.util.Map;

/**
 * One record read from an output topic, reduced to what the auditor needs: where and when it was written, its key
 * and headers, and a few fields of its JSON value ({@link ValueFacts}; null when the value is not a JSON object or
 * the topic's values are not articles). Kept small so that a drill of tens of thousands of articles fits in memory.
 */
public record OutputRecord(String topic, int partition, long offset, long timestamp, String key,
                           Map<String, String> headers, ValueFacts facts) {

    public OutputRecord {
        headers = Map.copyOf(headers);
    }

    /** An output record with its value parsed when the topic holds articles (published, review, dead letters). */
    public static OutputRecord of(String topic, int partition, long offset, long timestamp, String key,
                                  Map<String, String> headers, byte[] value, boolean parseValue) {
        return new OutputRecord(topic, partition, offset, timestamp, key, headers,
                parseValue ? ValueFacts.parse(value) : null);
    }

    public String header(String name) {
        return headers.get(name);
    }

    /**
     * The fields of an article value the accounting uses: id, locale, status, the product's {@code sourceVersion}
     * (null until the product writes it) and the source URL, which carries the drill's marker.
     */
    public record ValueFacts(String id, String locale, String status, SourceCoord sourceVersion, String sourceUrl) {

        static ValueFacts parse(byte[] value) {
            if (value == null || value.length == 0) {
                return null;
            }
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(value);
            } catch (Exception notJson) {
                return null; // a dead letter of bytes that are not JSON: its headers say where it came from
            }
            if (node == null || !node.isObject()) {
                return null;
            }
            JsonNode version = node.path("sourceVersion");
            SourceCoord coord = version.isObject() && version.hasNonNull("topic")
                    ? new SourceCoord(version.get("topic").asText(), version.path("partition").asInt(),
                    version.path("offset").asLong())
                    : null;
            return new ValueFacts(text(node, "id"), text(node, "locale"), text(node, "status"), coord,
                    text(node.path("source"), "url"));
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.path(field);
            return value.isTextual() ? value.asText() : null;
        }
    }
}
