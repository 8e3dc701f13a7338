package dev.quarterdeck.core.portability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The part of JSON Schema 2020-12 that {@code docs/export-format.schema.json} uses: $ref into $defs, anyOf, type,
 * const, enum, pattern, minimum, maximum, required, properties, additionalProperties false and items. Enough to
 * check exports against the published schema without a validator library; {@code format} is an annotation only.
 */
final class SchemaCheck {

    private final JsonNode root;

    SchemaCheck(JsonNode schema) {
        this.root = schema;
    }

    /** Every place where {@code document} breaks the schema, as "path: reason"; empty when it conforms. */
    List<String> violations(JsonNode document) {
        List<String> violations = new ArrayList<>();
        check(root, document, "$", violations);
        return violations;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> violations) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalArgumentException("unsupported $ref " + ref);
            }
            check(root.get("$defs").get(ref.substring("#/$defs/".length())), value, path, violations);
        }
        if (schema.has("anyOf")) {
            boolean any = false;
            for (JsonNode option : schema.get("anyOf")) {
                List<String> attempt = new ArrayList<>();
                check(option, value, path, attempt);
                any |= attempt.isEmpty();
            }
            if (!any) {
                violations.add(path + ": matches none of anyOf");
            }
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            violations.add(path + ": expected type " + schema.get("type") + ", found " + value.getNodeType());
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            violations.add(path + ": expected " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                violations.add(path + ": " + value + " is not in " + schema.get("enum"));
            }
        }
        if (schema.has("pattern") && value.isTextual()
                && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
            violations.add(path + ": " + value + " does not match " + schema.get("pattern").asText());
        }
        if (schema.has("minimum") && value.isNumber() && value.decimalValue().compareTo(
                schema.get("minimum").decimalValue()) < 0) {
            violations.add(path + ": " + value + " is below " + schema.get("minimum"));
        }
        if (schema.has("maximum") && value.isNumber() && value.decimalValue().compareTo(
                schema.get("maximum").decimalValue()) > 0) {
            violations.add(path + ": " + value + " is above " + schema.get("maximum"));
        }
        if (value.isObject()) {
            checkObject(schema, value, path, violations);
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", violations);
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String path, List<String> violations) {
        if (schema.has("required")) {
            for (JsonNode name : schema.get("required")) {
                if (!value.has(name.asText())) {
                    violations.add(path + ": missing " + name.asText());
                }
            }
        }
        JsonNode properties = schema.get("properties");
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (properties != null && properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), path + "." + field.getKey(), violations);
            } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true)) {
                violations.add(path + ": unexpected field " + field.getKey());
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (typeMatches(option, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unsupported type " + type);
        };
    }
}
