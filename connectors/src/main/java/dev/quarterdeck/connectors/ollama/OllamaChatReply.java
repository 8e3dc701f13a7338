package dev.quarterdeck.connectors.ollama;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.connectors.http.Json;

/**
 * One object of Ollama's {@code /api/chat} answer: the whole answer when not streaming, one piece of it per NDJSON
 * line when streaming (the last has {@code done: true} and the token counts), or {@code {"error": ...}}.
 */
record OllamaChatReply(String model, String content, boolean done, String doneReason, long promptTokens,
        long completionTokens, String error) {

    static OllamaChatReply ofError(String message) {
        return new OllamaChatReply(null, "", true, null, 0, 0, message);
    }

    /** @throws MalformedReply if the text is not an object of the chat protocol */
    static OllamaChatReply parse(String text) throws MalformedReply {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new MalformedReply("invalid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        }
        if (root == null || !root.isObject()) {
            throw new MalformedReply("not a JSON object");
        }
        String error = Json.text(root, "error");
        if (error != null) {
            return ofError(error.isBlank() ? "(no message)" : error.strip());
        }
        JsonNode content = root.path("message").get("content");
        if (content == null || !content.isTextual()) {
            throw new MalformedReply("no message.content text");
        }
        JsonNode done = root.get("done");
        if (done == null || !done.isBoolean()) {
            throw new MalformedReply("no done flag");
        }
        return new OllamaChatReply(Json.text(root, "model"), content.asText(), done.asBoolean(),
                Json.text(root, "done_reason"), count(root, "prompt_eval_count"), count(root, "eval_count"), null);
    }

    boolean failed() {
        return error != null;
    }

    private static long count(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && node.canConvertToLong() && node.asLong() >= 0 ? node.asLong() : 0;
    }

    /** The reply is not the chat protocol's JSON; says where, never what (the text may be the user's data). */
    static final class MalformedReply extends Exception {

        private static final long serialVersionUID = 1L;

        MalformedReply(String what) {
            super(what);
        }
    }
}
