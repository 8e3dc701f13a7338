package dev.quarterdeck.core.ai;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a value against a schema already vetted by {@link JsonSchema}. As in JSON Schema, {@code properties} and
 * {@code required} apply to objects, {@code items} and the item counts to arrays, lengths to strings and bounds to
 * numbers, whatever {@code type} says; a value of the wrong type is reported once and not looked into further.
 * Not thread-safe: one instance per validation.
 */
final class SchemaValidator {

    static final int MAX_VIOLATIONS = 20;
    private static final int MAX_SHOWN_VALUE = 60;
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final List<String> violations = new ArrayList<>();

    List<String> validate(JsonNode schema, JsonNode value) {
        visit(schema, value, "$");
        return List.copyOf(violations);
    }

    private void visit(JsonNode schema, JsonNode value, String path) {
        if (full()) {
            return;
        }
        JsonNode type = schema.get("type");
        if (type != null && !matchesType(type, value)) {
            add(path, "expected " + describeTypes(type) + ", got " + typeOf(value));
            return;
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null && !contains(allowed, value)) {
            add(path, show(value) + " is not one of " + allowed);
        }
        if (value.isObject()) {
            visitObject(schema, value, path);
        } else if (value.isArray()) {
            visitArray(schema, value, path);
        } else if (value.isTextual()) {
            int length = value.asText().codePointCount(0, value.asText().length());
            checkCount(schema, "minLength", length, path, "length");
            checkCount(schema, "maxLength", length, path, "length");
        } else if (value.isNumber()) {
            checkBound(schema, "minimum", value, path);
            checkBound(schema, "maximum", value, path);
        }
    }

    private void visitObject(JsonNode schema, JsonNode value, String path) {
        JsonNode required = schema.get("required");
        if (required != null) {
            for (JsonNode name : required) {
                JsonNode present = value.get(name.asText());
                if (present == null) {
                    add(path, "required property '" + name.asText() + "' is missing");
                }
            }
        }
        JsonNode properties = schema.get("properties");
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            JsonNode propertySchema = properties == null ? null : properties.get(field.getKey());
            if (propertySchema != null) {
                visit(propertySchema, field.getValue(), child(path, field.getKey()));
            } else if (schema.path("additionalProperties").isBoolean()
                    && !schema.get("additionalProperties").asBoolean()) {
                add(path, "property '" + field.getKey() + "' is not allowed");
            }
        }
    }

    private void visitArray(JsonNode schema, JsonNode value, String path) {
        checkCount(schema, "minItems", value.size(), path, "item count");
        checkCount(schema, "maxItems", value.size(), path, "item count");
        JsonNode items = schema.get("items");
        if (items != null) {
            for (int i = 0; i < value.size(); i++) {
                visit(items, value.get(i), path + "[" + i + "]");
            }
        }
    }

    private void checkCount(JsonNode schema, String keyword, int actual, String path, String what) {
        JsonNode bound = schema.get(keyword);
        if (bound == null) {
            return;
        }
        int limit = bound.intValue();
        boolean minimum = keyword.startsWith("min");
        if (minimum ? actual < limit : actual > limit) {
            add(path, what + " " + actual + " is " + (minimum ? "below" : "above") + " the " + keyword + " " + limit);
        }
    }

    private void checkBound(JsonNode schema, String keyword, JsonNode value, String path) {
        JsonNode bound = schema.get(keyword);
        if (bound == null) {
            return;
        }
        int comparison = value.decimalValue().compareTo(bound.decimalValue());
        if (keyword.equals("minimum") && comparison < 0) {
            add(path, value.asText() + " is below the minimum " + bound.asText());
        } else if (keyword.equals("maximum") && comparison > 0) {
            add(path, value.asText() + " is above the maximum " + bound.asText());
        }
    }

    private static boolean matchesType(JsonNode type, JsonNode value) {
        if (type.isTextual()) {
            return matches(type.asText(), value);
        }
        for (JsonNode one : type) {
            if (matches(one.asText(), value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String type, JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            case "number" -> value.isNumber();
            case "integer" -> isInteger(value);
            default -> false;
        };
    }

    /** JSON Schema counts 5.0 as an integer: what matters is the value, not how it was written. */
    private static boolean isInteger(JsonNode value) {
        if (value.isIntegralNumber()) {
            return true;
        }
        if (!value.isNumber()) {
            return false;
        }
        BigDecimal decimal = value.decimalValue();
        return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
    }

    private static boolean contains(JsonNode allowed, JsonNode value) {
        for (JsonNode candidate : allowed) {
            if (sameValue(candidate, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static String describeTypes(JsonNode type) {
        if (type.isTextual()) {
            return type.asText();
        }
        List<String> names = new ArrayList<>();
        type.forEach(t -> names.add(t.asText()));
        return String.join(" or ", names);
    }

    private static String typeOf(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isNull()) {
            return "null";
        }
        return (value.isTextual() ? "the string " : value.isBoolean() ? "the boolean " : "the number ") + show(value);
    }

    private static String show(JsonNode value) {
        String text = value.toString();
        return text.length() <= MAX_SHOWN_VALUE ? text : text.substring(0, MAX_SHOWN_VALUE) + "…";
    }

    private static String child(String path, String name) {
        return PLAIN_NAME.matcher(name).matches() ? path + "." + name : path + "['" + name.replace("'", "\\'") + "']";
    }

    private boolean full() {
        return violations.size() >= MAX_VIOLATIONS;
    }

    private void add(String path, String problem) {
        if (!full()) {
            violations.add(path + ": " + problem);
        }
    }
}
