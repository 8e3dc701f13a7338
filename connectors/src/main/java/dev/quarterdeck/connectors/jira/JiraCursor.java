package dev.quarterdeck.connectors.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.connectors.http.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * When the last Jira sync started ({@code {"v":1,"since":"2026-11-22T09:00:00Z"}}); null before the first one. An
 * unreadable cursor means a full sync, which is always safe.
 */
record JiraCursor(Instant since) {

    static JiraCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return new JiraCursor(null);
        }
        try {
            JsonNode root = Json.MAPPER.readTree(text);
            String since = root == null || root.path("v").asInt() != 1 ? null : Json.text(root, "since");
            return new JiraCursor(since == null ? null : Instant.parse(since));
        } catch (JsonProcessingException | DateTimeParseException e) {
            return new JiraCursor(null);
        }
    }

    String format() {
        return Json.MAPPER.createObjectNode().put("v", 1).put("since", since.toString()).toString();
    }
}
