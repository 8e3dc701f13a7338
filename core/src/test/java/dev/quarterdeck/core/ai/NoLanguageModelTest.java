package dev.quarterdeck.core.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoLanguageModelTest {

    private final LanguageModel off = new NoLanguageModel();
    private final List<ChatMessage> question = List.of(ChatMessage.user("What is overdue?"));

    @Test
    void healthSaysAiIsOff() {
        ModelHealth health = off.health();

        assertThat(health.message()).isEqualTo("AI is off");
        assertThat(health.reachable()).isFalse();
        assertThat(health.ready()).isFalse();
        assertThat(health.installedModels()).isEmpty();
    }

    @Test
    void everyRequestFailsAsOffSoCallersUseTheirRules() {
        JsonSchema schema = JsonSchema.parse("{\"type\": \"object\"}");

        assertOff(() -> off.chat(question, ChatOptions.DEFAULT));
        assertOff(() -> off.chatStreaming(question, ChatOptions.DEFAULT, token -> { }, new CancellationToken()));
        assertOff(() -> off.structured(question, schema, ChatOptions.DEFAULT));
        assertOff(() -> off.structured(question, schema, Object.class, ChatOptions.DEFAULT));
        assertOff(() -> off.embed(List.of("text")));
    }

    private static void assertOff(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LanguageModelException.class, e -> {
            assertThat(e.kind()).isEqualTo(LanguageModelException.Kind.OFF);
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).startsWith("AI is off").contains("rules");
        });
    }
}
