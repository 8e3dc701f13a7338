package dev.quarterdeck.connectors.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.connectors.http.Json;
import dev.quarterdeck.core.ai.LanguageModelException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code /api/embed}'s {@code {"embeddings": [[...], ...]}}. */
final class OllamaEmbeddings {

    private static final String EMBED = "/api/embed";

    private OllamaEmbeddings() {
    }

    static List<float[]> read(String body, int expected) throws LanguageModelException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (Exception e) {
            throw OllamaFailures.malformed("invalid JSON", EMBED);
        }
        JsonNode embeddings = root == null ? null : root.get("embeddings");
        if (embeddings == null || !embeddings.isArray()) {
            throw OllamaFailures.malformed("no \"embeddings\" array", EMBED);
        }
        if (embeddings.size() != expected) {
            throw OllamaFailures.malformed(embeddings.size() + " vectors for " + expected + " texts", EMBED);
        }
        List<float[]> vectors = new ArrayList<>(expected);
        for (JsonNode vector : embeddings) {
            vectors.add(vector(vector, vectors.isEmpty() ? -1 : vectors.get(0).length));
        }
        return List.copyOf(vectors);
    }

    private static float[] vector(JsonNode node, int length) throws LanguageModelException {
        if (!node.isArray() || node.isEmpty() || (length >= 0 && node.size() != length)) {
            throw OllamaFailures.malformed("vectors that are empty or of different lengths", EMBED);
        }
        float[] values = new float[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = node.get(i);
            if (!value.isNumber()) {
                throw OllamaFailures.malformed("a vector with a value that is not a number", EMBED);
            }
            values[i] = value.floatValue();
        }
        return values;
    }
}
