package dev.quarterdeck.core.ai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * The port to a language model (a local Ollama server, or {@link NoLanguageModel} when AI is off). Calls block until
 * the answer is complete, so run them off the UI thread. Every failure is a {@link LanguageModelException} whose
 * kind tells the caller why; callers then fall back to their rules. Implementations are thread-safe.
 */
public interface LanguageModel {

    /** One complete answer to the conversation so far. */
    ChatResult chat(List<ChatMessage> messages, ChatOptions options) throws LanguageModelException;

    /**
     * Like {@link #chat}, but hands each piece of the answer to {@code onToken} as it arrives (on the calling thread,
     * in order; the pieces joined are the result's text). Cancelling the token stops the answer, also while waiting
     * for the next piece, and throws {@link LanguageModelException.Kind#CANCELLED}. An error the server reports in
     * the middle of an answer fails the call after the pieces already delivered.
     */
    ChatResult chatStreaming(List<ChatMessage> messages, ChatOptions options, Consumer<String> onToken,
            CancellationToken cancellation) throws LanguageModelException;

    /**
     * An answer constrained to {@code schema} and checked against it before it is returned.
     *
     * @throws ModelAnswerRejected if the answer is not JSON or breaks the schema: such an answer is never returned
     */
    StructuredAnswer<JsonNode> structured(List<ChatMessage> messages, JsonSchema schema, ChatOptions options)
            throws LanguageModelException;

    /**
     * {@link #structured(List, JsonSchema, ChatOptions)} read into {@code type}, typically a record mirroring the
     * schema.
     *
     * @throws ModelAnswerRejected also when the JSON does not fit the type or the type's own checks refuse it
     */
    default <T> StructuredAnswer<T> structured(List<ChatMessage> messages, JsonSchema schema, Class<T> type,
            ChatOptions options) throws LanguageModelException {
        return structured(messages, schema, options).as(type);
    }

    /** One embedding vector per text, in order, all of the same length; an empty list for no texts. */
    List<float[]> embed(List<String> texts) throws LanguageModelException;

    /** Whether the server answers and has the configured models. Never throws: failures are in the message. */
    ModelHealth health();
}
