package dev.quarterdeck.connectors.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The human message inside a provider's error body: GitHub {@code {"message"}}, Jira {@code {"errorMessages":[],
 * "errors":{}}}, Google {@code {"error":{"message"}}}. Empty when the body is not one of those.
 */
final class ProviderErrors {

    private static final int MAX_LENGTH = 300;

    private ProviderErrors() {
    }

    static String message(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (Exception notJson) {
            return "";
        }
        if (root == null || !root.isObject()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        addText(parts, root.get("message"));
        JsonNode error = root.get("error");
        if (error != null && error.isObject()) {
            addText(parts, error.get("message"));
        } else {
            addText(parts, error);
        }
        JsonNode errorMessages = root.get("errorMessages");
        if (errorMessages != null && errorMessages.isArray()) {
            errorMessages.forEach(node -> addText(parts, node));
        }
        JsonNode errors = root.get("errors");
        if (errors != null && errors.isObject()) {
            errors.properties().forEach(field -> addText(parts, field.getValue()));
        }
        String joined = String.join("; ", parts);
        return joined.length() <= MAX_LENGTH ? joined : joined.substring(0, MAX_LENGTH) + "…";
    }

    private static void addText(List<String> parts, JsonNode node) {
        if (node != null && node.isTextual() && !node.asText().isBlank()) {
            parts.add(node.asText().strip());
        }
    }
}
