package dev.quarterdeck.core.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.core.ai.CancellationToken;
import dev.quarterdeck.core.ai.ChatMessage;
import dev.quarterdeck.core.ai.ChatOptions;
import dev.quarterdeck.core.ai.ChatResult;
import dev.quarterdeck.core.ai.JsonSchema;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ai.LanguageModelException;
import dev.quarterdeck.core.ai.ModelHealth;
import dev.quarterdeck.core.ai.StructuredAnswer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A language model whose answers the test writes. Structured answers go through {@link StructuredAnswer#accept}, the
 * same check the Ollama adapter applies, so a scripted answer is rejected exactly as a real one would be. Each answer
 * costs 100 prompt and 20 completion tokens. Without a script it fails as unreachable.
 */
final class ScriptedModel implements LanguageModel {

    static final String NAME = "scripted:1b";

    private final Deque<Function<List<ChatMessage>, String>> answers = new ArrayDeque<>();
    final List<List<ChatMessage>> asked = new ArrayList<>();
    final List<JsonSchema> schemas = new ArrayList<>();

    ScriptedModel answer(String json) {
        answers.add(messages -> json);
        return this;
    }

    /** An answer written after seeing the question (to use the keys the agent gave its records). */
    ScriptedModel answerWith(Function<List<ChatMessage>, String> answer) {
        answers.add(answer);
        return this;
    }

    AgentModel asAgentModel() {
        return new AgentModel(this, NAME);
    }

    @Override
    public ChatResult chat(List<ChatMessage> messages, ChatOptions options) throws LanguageModelException {
        throw new LanguageModelException(LanguageModelException.Kind.REFUSED, "only structured answers are scripted");
    }

    @Override
    public ChatResult chatStreaming(List<ChatMessage> messages, ChatOptions options, Consumer<String> onToken,
            CancellationToken cancellation) throws LanguageModelException {
        return chat(messages, options);
    }

    @Override
    public synchronized StructuredAnswer<JsonNode> structured(List<ChatMessage> messages, JsonSchema schema,
            ChatOptions options) throws LanguageModelException {
        asked.add(messages);
        schemas.add(schema);
        if (answers.isEmpty()) {
            throw new LanguageModelException(LanguageModelException.Kind.UNREACHABLE,
                    "Ollama is not running at http://127.0.0.1:1");
        }
        return StructuredAnswer.accept(new ChatResult(answers.poll().apply(messages), NAME, 100, 20, Duration.ofMillis(5)), schema);
    }

    @Override
    public List<float[]> embed(List<String> texts) throws LanguageModelException {
        throw new LanguageModelException(LanguageModelException.Kind.REFUSED, "no embeddings here");
    }

    @Override
    public ModelHealth health() {
        return ModelHealth.unreachable("scripted");
    }
}
