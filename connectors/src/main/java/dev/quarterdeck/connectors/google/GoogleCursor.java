package dev.quarterdeck.connectors.google;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.connectors.http.Json;
import java.util.Optional;

/**
 * The cursor of a Google connector: Google's own incremental token under one field name, as compact JSON, e.g.
 * {@code {"v":1,"historyId":"48213"}} (Gmail), {@code {"v":1,"syncToken":"CPDA…"}} (Calendar),
 * {@code {"v":1,"pageToken":"1234"}} (Drive). An absent, unreadable or foreign cursor means a full sync, which is
 * always safe.
 */
public final class GoogleCursor {

    private GoogleCursor() {
    }

    public static Optional<String> read(String cursor, String field) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode root = Json.MAPPER.readTree(cursor);
            if (root == null || !root.isObject() || root.path("v").asInt() != 1) {
                return Optional.empty();
            }
            String value = Json.text(root, field);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    public static String write(String field, String value) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("v", 1);
        root.put(field, value);
        return root.toString();
    }
}
