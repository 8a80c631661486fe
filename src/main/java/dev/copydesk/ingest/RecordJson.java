package dev.copydesk.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.model.Json;
import dev.copydesk.model.ReasonCodes;

import java.io.IOException;

/**
 * The one way a record value becomes a JSON object, for both stages. An empty value (a tombstone or zero bytes),
 * text that is not JSON, and JSON that is not an object (such as {@code null}) are all {@code malformed-json}.
 */
public final class RecordJson {

    private RecordJson() {
    }

    /** The value as a JSON object tree, or a {@link RejectedInputException} saying what it is instead. */
    public static JsonNode object(byte[] value) {
        if (value == null) {
            throw new RejectedInputException(ReasonCodes.MALFORMED_JSON, "record value is null (a tombstone)");
        }
        if (value.length == 0) {
            throw new RejectedInputException(ReasonCodes.MALFORMED_JSON, "record value is empty");
        }
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(value);
        } catch (IOException e) {
            throw new RejectedInputException(ReasonCodes.MALFORMED_JSON, "value is not valid JSON: " + firstLine(e));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new RejectedInputException(ReasonCodes.MALFORMED_JSON, "record value holds no JSON");
        }
        if (!tree.isObject()) {
            throw new RejectedInputException(ReasonCodes.MALFORMED_JSON,
                    "value must be a JSON object, not " + tree.getNodeType().name().toLowerCase());
        }
        return tree;
    }

    /**
     * The value as a {@code type}; whatever keeps it from being one (not an object, wrong types, a required list
     * missing) is {@code malformed-json}, with Jackson's first line as the reason.
     */
    public static <T> T read(byte[] value, Class<T> type) {
        JsonNode tree = object(value);
        try {
            return Json.MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new RejectedInputException(ReasonCodes.MALFORMED_JSON,
                    "not a " + type.getSimpleName() + ": " + firstLine(e));
        }
    }

    /** Jackson's message without the location and source excerpt it appends on further lines. */
    static String firstLine(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
