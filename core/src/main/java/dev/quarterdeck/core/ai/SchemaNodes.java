package dev.quarterdeck.core.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Pieces of a {@link JsonSchema} for structured answers, so callers build the schema they send from the values they
 * offer (an enum of the keys in the prompt) instead of writing JSON by hand. Every object is strict: all its
 * properties required, no others allowed.
 */
public final class SchemaNodes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaNodes() {
    }

    public static ObjectNode properties() {
        return JSON.createObjectNode();
    }

    public static ObjectNode string(int minLength, int maxLength) {
        return JSON.createObjectNode().put("type", "string").put("minLength", minLength).put("maxLength", maxLength);
    }

    /** The same schema, also allowing null. */
    public static ObjectNode nullable(ObjectNode schema) {
        String type = schema.get("type").asText();
        schema.putArray("type").add(type).add("null");
        if (schema.has("enum")) {
            ((ArrayNode) schema.get("enum")).addNull();
        }
        return schema;
    }

    /** A string that must be one of {@code values}. */
    public static ObjectNode oneOf(List<String> values) {
        ObjectNode schema = JSON.createObjectNode().put("type", "string");
        ArrayNode allowed = schema.putArray("enum");
        values.forEach(allowed::add);
        return schema;
    }

    public static ObjectNode integer(int minimum, int maximum) {
        return JSON.createObjectNode().put("type", "integer").put("minimum", minimum).put("maximum", maximum);
    }

    public static ObjectNode number(double minimum, double maximum) {
        return JSON.createObjectNode().put("type", "number").put("minimum", minimum).put("maximum", maximum);
    }

    public static ObjectNode arrayOf(JsonNode items, int minItems, int maxItems) {
        ObjectNode schema = JSON.createObjectNode().put("type", "array");
        schema.set("items", items);
        return schema.put("minItems", minItems).put("maxItems", maxItems);
    }

    /** An object with exactly {@code properties}, every one required. */
    public static ObjectNode object(ObjectNode properties) {
        ObjectNode schema = JSON.createObjectNode().put("type", "object");
        schema.set("properties", properties);
        ArrayNode required = schema.putArray("required");
        properties.fieldNames().forEachRemaining(required::add);
        return schema.put("additionalProperties", false);
    }
}
