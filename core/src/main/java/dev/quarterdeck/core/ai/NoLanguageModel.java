package dev.quarterdeck.core.ai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * The model when AI is off: its health says so, and every request fails at once with
 * {@link LanguageModelException.Kind#OFF}, without touching the network, so callers go straight to their rules.
 */
public final class NoLanguageModel implements LanguageModel {

    static final String MESSAGE = "AI is off (Settings → AI), so no model was asked; Quarterdeck's rules answer instead";

    @Override
    public ChatResult chat(List<ChatMessage> messages, ChatOptions options) throws LanguageModelException {
        throw off();
    }

    @Override
    public ChatResult chatStreaming(List<ChatMessage> messages, ChatOptions options, Consumer<String> onToken,
            CancellationToken cancellation) throws LanguageModelException {
        throw off();
    }

    @Override
    public StructuredAnswer<JsonNode> structured(List<ChatMessage> messages, JsonSchema schema, ChatOptions options)
            throws LanguageModelException {
        throw off();
    }

    @Override
    public List<float[]> embed(List<String> texts) throws LanguageModelException {
        throw off();
    }

    @Override
    public ModelHealth health() {
        return ModelHealth.off();
    }

    private static LanguageModelException off() {
        return new LanguageModelException(LanguageModelException.Kind.OFF, MESSAGE);
    }
}
