package dev.quarterdeck.connectors.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.ConnectorException.Kind;

/** Reading provider JSON where anything unreadable or of the wrong shape is a MALFORMED_RESPONSE. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static JsonNode parse(ApiResponse response, String service) throws ConnectorException {
        String body = response.body();
        if (body == null || body.isBlank()) {
            throw malformed(service, "an empty body", response, null);
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            // Jackson's message quotes the body; keep only the location.
            throw malformed(service, "invalid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr(), response, null);
        }
    }

    /** The object's field as an array, failing if it is missing or not an array. */
    public static JsonNode array(JsonNode parent, String field, String service, ApiResponse response)
            throws ConnectorException {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            throw malformed(service, "no \"" + field + "\" array", response, null);
        }
        return node;
    }

    public static String requiredText(JsonNode parent, String field, String service, ApiResponse response)
            throws ConnectorException {
        String value = text(parent, field);
        if (value == null || value.isBlank()) {
            throw malformed(service, "no \"" + field + "\" text", response, null);
        }
        return value;
    }

    /** The field's text, or null when it is missing, null or not a scalar. */
    public static String text(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    public static ConnectorException malformed(String service, String what, ApiResponse response, Throwable cause) {
        return new ConnectorException(Kind.MALFORMED_RESPONSE,
                service + " sent a response we cannot read (" + what + ") for " + response.uri().getPath(), cause);
    }
}
