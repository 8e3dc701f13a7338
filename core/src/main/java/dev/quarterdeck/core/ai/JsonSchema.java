package dev.quarterdeck.core.ai;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON schema a structured answer must follow, in the subset that local models' constrained decoding and our
 * validator both understand: {@code type} (one name or a list, e.g. {@code ["string","null"]}), {@code properties},
 * {@code required}, {@code additionalProperties} (true or false), {@code items}, {@code enum}, {@code minimum},
 * {@code maximum}, {@code minLength}, {@code maxLength}, {@code minItems}, {@code maxItems}, and the annotations
 * {@code title}, {@code description}, {@code $schema}, {@code default}, {@code examples}. Any other keyword is refused
 * when the schema is made, so a schema never looks stricter than what is checked. Immutable.
 */
public final class JsonSchema {

    static final Set<String> TYPES = Set.of("object", "array", "string", "integer", "number", "boolean", "null");
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$schema", "default", "examples");
    private static final Set<String> NUMBER_BOUNDS = Set.of("minimum", "maximum");
    private static final Set<String> COUNT_BOUNDS = Set.of("minLength", "maxLength", "minItems", "maxItems");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode root;

    private JsonSchema(JsonNode root) {
        this.root = root;
    }

    /** @throws IllegalArgumentException if the text is not JSON or uses a keyword outside the subset */
    public static JsonSchema parse(String json) {
        try {
            return of(MAPPER.readTree(json));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the schema is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** @throws IllegalArgumentException if the node uses a keyword outside the subset */
    public static JsonSchema of(JsonNode schema) {
        if (schema == null) {
            throw new IllegalArgumentException("schema is required");
        }
        check(schema, "#");
        return new JsonSchema(schema.deepCopy());
    }

    /** A copy of the schema, e.g. to send it to the model. */
    public JsonNode toJson() {
        return root.deepCopy();
    }

    /** Every place {@code value} breaks the schema (at most 20), or an empty list when it follows it. */
    public List<String> violations(JsonNode value) {
        return new SchemaValidator().validate(root, value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonSchema schema && schema.root.equals(root);
    }

    @Override
    public int hashCode() {
        return root.hashCode();
    }

    @Override
    public String toString() {
        return root.toString();
    }

    private static void check(JsonNode schema, String at) {
        if (!schema.isObject()) {
            throw unsupported(at, "a schema must be a JSON object");
        }
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            String name = keyword.getKey();
            JsonNode value = keyword.getValue();
            String here = at + "/" + name;
            switch (name) {
                case "type" -> checkType(value, here);
                case "properties" -> {
                    if (!value.isObject()) {
                        throw unsupported(here, "properties must be an object");
                    }
                    value.properties().forEach(p -> check(p.getValue(), here + "/" + p.getKey()));
                }
                case "required" -> {
                    if (!value.isArray() || !allText(value)) {
                        throw unsupported(here, "required must be a list of property names");
                    }
                }
                case "additionalProperties" -> {
                    if (!value.isBoolean()) {
                        throw unsupported(here, "only true or false are supported");
                    }
                }
                case "items" -> check(value, here);
                case "enum" -> {
                    if (!value.isArray() || value.isEmpty()) {
                        throw unsupported(here, "enum must be a non-empty list");
                    }
                }
                default -> checkBoundOrAnnotation(name, value, here);
            }
        }
    }

    private static void checkBoundOrAnnotation(String name, JsonNode value, String here) {
        if (NUMBER_BOUNDS.contains(name)) {
            if (!value.isNumber()) {
                throw unsupported(here, name + " must be a number");
            }
        } else if (COUNT_BOUNDS.contains(name)) {
            if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 0) {
                throw unsupported(here, name + " must be a non-negative integer");
            }
        } else if (!ANNOTATIONS.contains(name)) {
            throw unsupported(here, "the keyword '" + name + "' is not supported");
        }
    }

    private static void checkType(JsonNode value, String here) {
        if (value.isTextual() && TYPES.contains(value.asText())) {
            return;
        }
        if (value.isArray() && !value.isEmpty() && allText(value)) {
            for (JsonNode type : value) {
                if (!TYPES.contains(type.asText())) {
                    throw unsupported(here, "unknown type '" + type.asText() + "'");
                }
            }
            return;
        }
        throw unsupported(here, "type must be one of " + TYPES + " or a list of them");
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException unsupported(String at, String why) {
        return new IllegalArgumentException("unsupported JSON schema at " + at + ": " + why);
    }
}
