package dev.quarterdeck.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.app.ai.FakeModelWorkspace;
import dev.quarterdeck.app.ai.ModelAnswers;
import dev.quarterdeck.connectors.fake.FakeOllama;
import dev.quarterdeck.connectors.fake.FakeOllamaFault;
import dev.quarterdeck.core.ai.NoLanguageModel;
import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.briefing.BriefingService;
import dev.quarterdeck.core.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Briefings written by a model from the rules' facts, against a local server speaking Ollama's HTTP API: a good
 * answer is stored under the model's name; every bad one (malformed, schema-violating, citing a fact it was not
 * given, naming a record no cited fact names, timed out, model missing) is reported and the rules' briefing is
 * stored instead, without a word of the model's text.
 */
class ModelBriefingTest {

    private static final String MODEL = FakeModelWorkspace.MODEL;
    private static final Clock CLOCK = FakeModelWorkspace.CLOCK;

    @TempDir
    Path dir;

    private FakeModelWorkspace workspace;
    private FakeOllama ollama;
    private Store store;
    private BriefingService briefings;

    @BeforeEach
    void open() {
        workspace = new FakeModelWorkspace(dir);
        ollama = workspace.ollama;
        store = workspace.store;
        briefings = new BriefingService(store, workspace.model(Duration.ofSeconds(10)));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theModelWritesTheBriefingFromTheRulesFactsAndIsNamedAsItsAuthor() {
        List<ModelAnswers.Fact> facts = factsOfAFirstRequest();
        assertThat(facts).extracting(ModelAnswers.Fact::heading)
                .contains("Today's meetings", "Top three", "Deadlines within 48 h", "Risks to review",
                        "Budget alerts", "People to update");
        ollama.answer(ModelAnswers.briefing(facts, "Mind this: "));

        BriefingService.Composed composed = briefings.composeAndStoreReporting(BriefingKind.MORNING, CLOCK);

        Briefing briefing = composed.briefing();
        assertThat(composed.problem()).isEmpty();
        assertThat(briefing.producedBy()).isEqualTo(MODEL);
        assertThat(store.briefings().latest(BriefingKind.MORNING)).get().extracting(Briefing::producedBy)
                .isEqualTo(MODEL);
        assertThat(briefing.markdown()).startsWith("# Morning briefing \u2014 Saturday 22 November 2025")
                .contains("_Written by llama3.1:8b at 07:45 (Europe/Vienna) from the " + facts.size()
                        + " facts the rules found", "A busy day: start with the first meeting. (F1)",
                        "## Sources", "- F1 \u2014 " + facts.get(0).heading() + ": ")
                .contains("- Mind this: ");
        // the request asked for structured output against the briefing schema, at a low temperature
        JsonNode request = ollama.lastBody("/api/chat");
        assertThat(request.path("format").path("required").toString()).contains("sections");
        assertThat(request.path("stream").asBoolean()).isFalse();
        assertThat(request.path("messages").get(0).path("content").asText()).contains("Cite only IDs you were given");
    }

    @Test
    void aMalformedAnswerIsReportedAndTheRulesBriefingIsStored() {
        ollama.answer("Here is your briefing: meetings at 9!");

        BriefingService.Composed composed = briefings.composeAndStoreReporting(BriefingKind.MORNING, CLOCK);

        assertRulesInstead(composed, "not valid JSON", "meetings at 9");
    }

    @Test
    void anAnswerThatBreaksTheSchemaIsRejected() {
        ollama.answer("{\"sections\": [{\"heading\": \"Top three\", \"lines\": [{\"text\": \"Do it\"}]}]}");

        BriefingService.Composed composed = briefings.composeAndStoreReporting(BriefingKind.MORNING, CLOCK);

        assertRulesInstead(composed, "does not follow the schema", "Do it");
        assertThat(composed.modelProblem()).contains("refs");
    }

    @Test
    void anAnswerCitingAFactItWasNotGivenIsRejected() {
        List<ModelAnswers.Fact> facts = factsOfAFirstRequest();
        String answer = ModelAnswers.briefing(facts, "Invented: ").replaceFirst("\"F1\"", "\"F999\"");
        ollama.answer(answer);

        BriefingService.Composed composed = briefings.composeAndStoreReporting(BriefingKind.MORNING, CLOCK);

        assertRulesInstead(composed, "cites F999, which it was not given", "Invented: ");
    }

    @Test
    void anAnswerNamingARecordNoCitedFactNamesIsRejected() {
        List<ModelAnswers.Fact> facts = factsOfAFirstRequest();
        String answer = ModelAnswers.briefing(facts, "Before anything, \u201cBuy a sailing yacht\u201d. ");
        ollama.answer(answer);

        BriefingService.Composed composed = briefings.composeAndStoreReporting(BriefingKind.MORNING, CLOCK);

        assertRulesInstead(composed, "\u201cBuy a sailing yacht\u201d is not named by the facts the line cites",
                "sailing yacht\u201d. ");
    }

    @Test
    void anAnswerLeavingOutASectionWithFactsIsRejected() {
        List<ModelAnswers.Fact> facts = factsOfAFirstRequest();
        List<ModelAnswers.Fact> withoutRisks = facts.stream().filter(f -> !f.heading().equals("Risks to review"))
                .toList();
        assertThat(withoutRisks).hasSizeLessThan(facts.size());
        ollama.answer(ModelAnswers.briefing(withoutRisks, "Short: "));

        BriefingService.Composed composed = briefings.composeAndStoreReporting(BriefingKind.MORNING, CLOCK);

        assertRulesInstead(composed, "\"Risks to review\" has facts but was left out", "Short: ");
    }

    @Test
    void aModelThatDoesNotAnswerInTimeLeavesTheBriefingToTheRules() {
        BriefingService slow = new BriefingService(store, workspace.model(Duration.ofMillis(500)));
        ollama.fault(FakeOllamaFault.slow("/api/chat", Duration.ofSeconds(5)));

        BriefingService.Composed composed = slow.composeAndStoreReporting(BriefingKind.MIDDAY, CLOCK);

        assertThat(composed.briefing().producedBy()).isEqualTo("rules");
        assertThat(composed.modelProblem()).contains("500 ms");
        assertThat(composed.briefing().markdown()).contains("_Composed by rules at 07:45",
                "_The language model's briefing was not used: ");
    }

    @Test
    void aMissingModelSaysHowToInstallItAndTheRulesCompose() {
        ollama.uninstall(MODEL);

        BriefingService.Composed composed = briefings.composeAndStoreReporting(BriefingKind.EVENING, CLOCK);

        assertThat(composed.briefing().producedBy()).isEqualTo("rules");
        assertThat(composed.modelProblem()).contains("ollama pull " + MODEL);
    }

    @Test
    void withAiOffTheRulesComposeAndNothingIsReported() {
        BriefingService.Composed composed = new BriefingService(store, new NoLanguageModel())
                .composeAndStoreReporting(BriefingKind.MORNING, CLOCK);

        assertThat(composed.briefing().producedBy()).isEqualTo("rules");
        assertThat(composed.problem()).isEmpty();
        assertThat(composed.briefing().markdown()).doesNotContain("language model");
        assertThat(ollama.requests("/api/chat")).isEmpty();
    }

    /** Composes once with an unusable answer, to read the facts the model is given (the same on a second run). */
    private List<ModelAnswers.Fact> factsOfAFirstRequest() {
        ollama.answer("{}");
        briefings.compose(BriefingKind.MORNING, CLOCK);
        return ModelAnswers.facts(ollama.lastBody("/api/chat"));
    }

    private void assertRulesInstead(BriefingService.Composed composed, String reason, String modelText) {
        assertThat(composed.briefing().producedBy()).isEqualTo("rules");
        assertThat(composed.modelProblem()).contains(reason);
        Briefing stored = store.briefings().latest(composed.briefing().kind()).orElseThrow();
        assertThat(stored.producedBy()).isEqualTo("rules");
        assertThat(stored.markdown()).contains("_Composed by rules at", "_The language model's briefing was not used:")
                .doesNotContain(modelText);
    }
}
