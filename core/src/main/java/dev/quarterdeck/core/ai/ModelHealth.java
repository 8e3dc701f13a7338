package dev.quarterdeck.core.ai;

import dev.quarterdeck.core.common.Require;
import java.util.List;

/**
 * What Settings' "Test" shows: whether the model server answers, its version, the models it has, whether the
 * configured chat and embedding models are among them, and one message for the user that says what to do next
 * ("run `ollama pull llama3.1:8b`"). {@code serverVersion} is null when the server did not answer.
 */
public record ModelHealth(
        boolean reachable,
        String serverVersion,
        List<String> installedModels,
        boolean configuredModelPresent,
        boolean embeddingModelPresent,
        String message) {

    public static final String OFF_MESSAGE = "AI is off";

    public ModelHealth {
        installedModels = List.copyOf(Require.present(installedModels, "installedModels"));
        message = Require.text(message, "message", 1_000);
        if (!reachable && (configuredModelPresent || embeddingModelPresent)) {
            throw new IllegalArgumentException("an unreachable server cannot report models present");
        }
    }

    public static ModelHealth off() {
        return new ModelHealth(false, null, List.of(), false, false, OFF_MESSAGE);
    }

    public static ModelHealth unreachable(String message) {
        return new ModelHealth(false, null, List.of(), false, false, message);
    }

    /** Whether chat and structured answers can be asked for (embeddings may still be missing). */
    public boolean ready() {
        return reachable && configuredModelPresent;
    }
}
