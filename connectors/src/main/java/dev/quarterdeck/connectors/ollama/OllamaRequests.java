package dev.quarterdeck.connectors.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.connectors.http.Json;
import dev.quarterdeck.core.ai.ChatMessage;
import dev.quarterdeck.core.ai.ChatOptions;
import java.util.List;
import java.util.Locale;

/** The JSON bodies of Ollama's {@code /api/chat} and {@code /api/embed}. */
final class OllamaRequests {

    private OllamaRequests() {
    }

    /** {@code format} is a JSON schema for a structured answer, or null for free text. */
    static ObjectNode chat(String model, List<ChatMessage> messages, ChatOptions options, boolean stream,
            JsonNode format) {
        if (messages == null || messages.isEmpty()) {
            throw new IllegalArgumentException("a chat needs at least one message");
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("model", model);
        ArrayNode lines = body.putArray("messages");
        for (ChatMessage message : messages) {
            lines.addObject()
                    .put("role", message.role().name().toLowerCase(Locale.ROOT))
                    .put("content", message.content());
        }
        body.put("stream", stream);
        if (format != null) {
            body.set("format", format);
        }
        ObjectNode modelOptions = modelOptions(options);
        if (!modelOptions.isEmpty()) {
            body.set("options", modelOptions);
        }
        return body;
    }

    static ObjectNode embed(String model, List<String> texts) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("model", model);
        ArrayNode input = body.putArray("input");
        texts.forEach(input::add);
        return body;
    }

    /** Ollama's names: {@code num_predict} caps the answer, {@code num_ctx} sets the context window. */
    private static ObjectNode modelOptions(ChatOptions options) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        if (options.temperature() != null) {
            node.put("temperature", options.temperature());
        }
        if (options.maxTokens() != null) {
            node.put("num_predict", options.maxTokens());
        }
        if (options.contextTokens() != null) {
            node.put("num_ctx", options.contextTokens());
        }
        if (options.seed() != null) {
            node.put("seed", options.seed());
        }
        return node;
    }
}
