package dev.quarterdeck.core.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.common.Require;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructuredAnswerTest {

    private static final JsonSchema ACTION = JsonSchema.parse("""
            {"type": "object",
             "properties": {"title": {"type": "string"}, "due": {"type": ["string", "null"]},
                            "confidence": {"type": "number", "minimum": 0, "maximum": 1}},
             "required": ["title", "confidence"]}
            """);

    record Action(String title, LocalDate due, double confidence) {
        Action {
            title = Require.text(title, "title", 40);
        }
    }

    @Test
    void acceptsJsonThatFollowsTheSchemaAndReadsItIntoARecord() throws Exception {
        ChatResult result = result("""
                  {"title": "Send the draft", "due": "2025-03-14", "confidence": 0.8, "why": "mentioned twice"}
                """);

        StructuredAnswer<Action> answer = StructuredAnswer.accept(result, ACTION).as(Action.class);

        assertThat(answer.value()).isEqualTo(new Action("Send the draft", LocalDate.of(2025, 3, 14), 0.8));
        assertThat(answer.json().get("why").asText()).isEqualTo("mentioned twice");
        assertThat(answer.result()).isSameAs(result);
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThatThrownBy(() -> StructuredAnswer.accept(result("Sure! Here is the JSON: {\"title\": 1"), ACTION))
                .isInstanceOfSatisfying(ModelAnswerRejected.class, rejected -> {
                    assertThat(rejected.kind()).isEqualTo(LanguageModelException.Kind.ANSWER_REJECTED);
                    assertThat(rejected.reason()).startsWith("the answer is not valid JSON");
                    assertThat(rejected.answer()).startsWith("Sure! Here is the JSON");
                    assertThat(rejected.violations()).isEmpty();
                    assertThat(rejected.result()).as("model and tokens for the run log").isPresent();
                });
        assertThatThrownBy(() -> StructuredAnswer.accept(result("  "), ACTION))
                .isInstanceOf(ModelAnswerRejected.class).hasMessageContaining("the answer is empty");
    }

    @Test
    void rejectsJsonThatBreaksTheSchemaAndSaysWhere() {
        assertThatThrownBy(() -> StructuredAnswer.accept(result("{\"title\": 5, \"confidence\": 3}"), ACTION))
                .isInstanceOfSatisfying(ModelAnswerRejected.class, rejected -> {
                    assertThat(rejected.violations()).containsExactly(
                            "$.title: expected string, got the number 5", "$.confidence: 3 is above the maximum 1");
                    assertThat(rejected.getMessage()).isEqualTo("The model's answer was rejected: the answer does not"
                            + " follow the schema ($.title: expected string, got the number 5; $.confidence: 3 is"
                            + " above the maximum 1)");
                });
    }

    @Test
    void rejectsJsonThatTheTargetTypeRefuses() throws Exception {
        StructuredAnswer<?> blankTitle = StructuredAnswer.accept(result("{\"title\": \" \", \"confidence\": 1}"),
                ACTION);
        StructuredAnswer<?> badDate = StructuredAnswer.accept(
                result("{\"title\": \"Call\", \"due\": \"next Tuesday\", \"confidence\": 1}"), ACTION);

        assertThatThrownBy(() -> blankTitle.as(Action.class)).isInstanceOf(ModelAnswerRejected.class)
                .hasMessageContaining("does not fit Action").hasMessageContaining("title must not be blank");
        assertThatThrownBy(() -> badDate.as(Action.class)).isInstanceOf(ModelAnswerRejected.class)
                .hasMessageContaining("does not fit Action");
    }

    @Test
    void keepsOnlyTheStartOfAVeryLongRejectedAnswer() {
        ModelAnswerRejected rejected = new ModelAnswerRejected("too long", List.of(), "x".repeat(5_000));

        assertThat(rejected.answer()).hasSize(1_001).endsWith("…");
    }

    private static ChatResult result(String text) {
        return new ChatResult(text, "llama3.1:8b", 10, 20, Duration.ofMillis(5));
    }
}
