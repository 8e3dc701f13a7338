package dev.quarterdeck.core.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.core.agent.AgentContext;
import dev.quarterdeck.core.agent.DemoFixture;
import dev.quarterdeck.core.ai.CancellationToken;
import dev.quarterdeck.core.ai.ChatMessage;
import dev.quarterdeck.core.ai.ChatOptions;
import dev.quarterdeck.core.ai.ChatResult;
import dev.quarterdeck.core.ai.JsonSchema;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ai.ModelAnswerRejected;
import dev.quarterdeck.core.ai.ModelHealth;
import dev.quarterdeck.core.ai.StructuredAnswer;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * How a model's briefing is checked and rendered, with a model that answers one scripted text (the HTTP side is
 * tested against the fake Ollama server in the app's tests).
 */
class ModelBriefingRulesTest {

    private final AgentContext context = DemoFixture.context(DemoFixture.DEMO);
    private final List<BriefingSection> sections = List.of(
            BriefingSection.bullets("Today's meetings", List.of("09:15 \u201cStand\\_up\u201d (KUBE)"), "None.", 12),
            BriefingSection.bullets("Budget alerts", List.of(), "No budget alerts.", 12),
            BriefingSection.bullets("People to update", List.of("Ada (ATLAS)", "Bo (KUBE)"), "Nobody.", 12));

    @Test
    void aTitleMayBeWrittenWithoutMarkdownsEscapesAndSourcesFollowTheFactsOrder() throws Exception {
        Briefing briefing = write("""
                {"summary": {"text": "Two people wait for news.", "refs": ["F3", "F2"]},
                 "sections": [
                   {"heading": "People to update", "lines": [{"text": "Write to Bo and Ada.", "refs": ["F3", "F2"]}]},
                   {"heading": "Today's meetings", "lines": [{"text": "\u201cStand_up\u201d at 09:15", "refs": ["F1"]}]}]}
                """);

        assertThat(briefing.producedBy()).isEqualTo("scripted-model");
        assertThat(briefing.markdown()).contains("Two people wait for news. (F3, F2)")
                .contains("## Today's meetings\n\n- \u201cStand\\_up\u201d at 09:15 (F1)\n\n## Budget alerts\n\n"
                        + "- No budget alerts.\n\n## People to update")
                .contains("## Sources\n\n- F1 \u2014 Today's meetings: ")
                .containsSubsequence("- F1 \u2014", "- F2 \u2014 People to update: Ada (ATLAS)", "- F3 \u2014");
    }

    @Test
    void aHeadingItWasNotGivenIsRefused() {
        assertThatThrownBy(() -> write("""
                {"sections": [{"heading": "Gossip", "lines": [{"text": "Ada is late.", "refs": ["F2"]}]},
                  {"heading": "Today's meetings", "lines": [{"text": "Stand-up.", "refs": ["F1"]}]},
                  {"heading": "People to update", "lines": [{"text": "Bo.", "refs": ["F3"]}]}]}
                """)).isInstanceOfSatisfying(ModelAnswerRejected.class,
                        e -> assertThat(e.violations()).containsExactly("the heading \"Gossip\" was not given"));
    }

    @Test
    void aSummaryQuotingATitleItsFactsDoNotNameIsRefused() {
        assertThatThrownBy(() -> write("""
                {"summary": {"text": "Skip \u201cStand_up\u201d.", "refs": ["F2"]},
                 "sections": [{"heading": "Today's meetings", "lines": [{"text": "Stand-up.", "refs": ["F1"]}]},
                  {"heading": "People to update", "lines": [{"text": "Bo.", "refs": ["F3"]}]}]}
                """)).isInstanceOfSatisfying(ModelAnswerRejected.class, e -> assertThat(e.violations())
                        .containsExactly("\u201cStand_up\u201d is not named by the facts the line cites"));
    }

    @Test
    void quotedTitlesAreFoundAsWritten() {
        assertThat(ModelBriefing.quotedTitles("Do \u201cA\u201d, then \u201cB \\* C\u201d and \u201cunclosed"))
                .containsExactly("A", "B * C");
    }

    private Briefing write(String answer) throws Exception {
        return new ModelBriefing(new Scripted(answer)).write(BriefingKind.MORNING, context, sections);
    }

    /** Answers every structured request with one text, checked against the schema as a real adapter does. */
    private record Scripted(String answer) implements LanguageModel {

        @Override
        public StructuredAnswer<JsonNode> structured(List<ChatMessage> messages, JsonSchema schema,
                ChatOptions options) throws ModelAnswerRejected {
            return StructuredAnswer.accept(new ChatResult(answer, "scripted-model", 0, 0, Duration.ZERO), schema);
        }

        @Override
        public ChatResult chat(List<ChatMessage> messages, ChatOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChatResult chatStreaming(List<ChatMessage> messages, ChatOptions options, Consumer<String> onToken,
                CancellationToken cancellation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ModelHealth health() {
            throw new UnsupportedOperationException();
        }
    }
}
