package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.DemoFixture.DEMO;
import static dev.quarterdeck.core.agent.DemoFixture.NOW;
import static dev.quarterdeck.core.agent.DemoFixture.context;
import static dev.quarterdeck.core.agent.DemoFixture.project;
import static dev.quarterdeck.core.agent.DemoFixture.userPreferences;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarterdeck.core.agent.PreferenceSignal.Decision;
import dev.quarterdeck.core.agent.ProposalPayload.CreateTask;
import dev.quarterdeck.core.ai.ChatMessage;
import dev.quarterdeck.core.task.Horizon;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Triage and discovery asking a scripted model on the demo workspace: valid answers become proposals; answers that are
 * not JSON, break the schema, or name records that were not offered are refused and reported in the run, and the
 * rules answer instead.
 */
class ModelAgentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ScriptedModel model = new ScriptedModel();

    private AgentRunner.Result run(Agent agent) {
        return run(agent, userPreferences());
    }

    private AgentRunner.Result run(Agent agent, PreferenceModel preferences) {
        return new AgentRunner(List.of(agent)).run(context(DEMO, NOW, preferences), List.of());
    }

    private static List<String> titles(List<Proposal> proposals) {
        return proposals.stream().filter(p -> p.kind() == ProposalKind.CREATE_TASK)
                .map(p -> ((CreateTask) ProposalPayloads.read(p)).title()).toList();
    }

    private static List<String> rulesTriageTitles() {
        return titles(new TriageAgent().run(context(DEMO)));
    }

    // the demo's untasked items, oldest first: I1 the Hiring sync (HIRE, today), I2 Julia Park's press list (NOVA)
    private static final String VALID_TRIAGE = """
            {"items": [{"item": "I1", "project": "HIRE", "horizon": "TODAY",
                        "title": "Draft the agenda for the hiring sync", "labels": ["hiring", "meeting"],
                        "duplicates": [], "rationale": "The sync is today and tagged HIRE.", "confidence": 0.95}]}
            """;

    @Test
    void aValidTriageAnswerBecomesProposalsAndTheRestIsTriagedByRules() {
        model.answer(VALID_TRIAGE);

        AgentRunner.Result result = run(new ModelTriageAgent(model.asAgentModel()));

        Proposal fromModel = result.proposals().get(0);
        CreateTask task = (CreateTask) ProposalPayloads.read(fromModel);
        assertThat(task.title()).isEqualTo("Draft the agenda for the hiring sync");
        assertThat(task.projectId()).isEqualTo(project("HIRE").id());
        assertThat(task.horizon()).isEqualTo(Horizon.TODAY);
        assertThat(task.notes()).endsWith("Labels: hiring, meeting");
        assertThat(fromModel.confidence()).isEqualTo(0.9);
        assertThat(fromModel.rationale()).contains("The sync is today and tagged HIRE.",
                "Proposed by the language model scripted:1b");
        assertThat(titles(result.proposals())).containsExactly("Draft the agenda for the hiring sync",
                "Nova launch: press list v2");

        AgentRun runLog = result.runs().get(0);
        assertThat(runLog.model()).isEqualTo(ScriptedModel.NAME);
        assertThat(runLog.tokens()).isEqualTo(120);
        assertThat(runLog.outcome()).isEqualTo("model 1, rules 1");
        assertThat(runLog.error()).isNull();
    }

    @Test
    void theModelIsAskedWithKeysProjectsAndASchemaThatOnlyAllowsThem() {
        model.answer(VALID_TRIAGE);

        run(new ModelTriageAgent(model.asAgentModel()));

        String question = model.asked.get(0).get(1).content();
        assertThat(question).contains("\"key\" : \"I1\"", "Hiring sync with Tom", "\"code\" : \"HIRE\"");
        JsonNode entry = model.schemas.get(0).toJson().at("/properties/items/items/properties");
        assertThat(entry.at("/item/enum").toString()).isEqualTo("[\"I1\",\"I2\"]");
        assertThat(entry.at("/horizon/enum").toString()).isEqualTo("[\"TODAY\",\"WEEK\",\"MONTH\",\"LATER\"]");
        assertThat(entry.at("/project/enum").toString()).contains("\"HIRE\"", "null");
    }

    @Test
    void anAnswerNamingAnUnknownItemIsRejectedAndTheRulesAnswer() {
        model.answer(VALID_TRIAGE.replace("\"I1\"", "\"I9\""));

        AgentRunner.Result result = run(new ModelTriageAgent(model.asAgentModel()));

        assertThat(titles(result.proposals())).isEqualTo(rulesTriageTitles())
                .doesNotContain("Draft the agenda for the hiring sync");
        assertThat(result.proposals()).noneMatch(p -> p.rationale().contains("language model"));
        AgentRun runLog = result.runs().get(0);
        assertThat(runLog.outcome()).isEqualTo("answer rejected, rules used");
        assertThat(runLog.error()).contains("does not follow the schema", "$.items[0].item", "I9");
        assertThat(runLog.model()).isEqualTo(ScriptedModel.NAME);
        assertThat(runLog.tokens()).isEqualTo(120);
    }

    @Test
    void anAnswerThatIsNotJsonIsRejected() {
        model.answer("Sure! The hiring sync belongs to HIRE.");

        AgentRunner.Result result = run(new ModelTriageAgent(model.asAgentModel()));

        assertThat(titles(result.proposals())).isEqualTo(rulesTriageTitles());
        assertThat(result.runs().get(0).outcome()).isEqualTo("answer rejected, rules used");
        assertThat(result.runs().get(0).error()).contains("not valid JSON");
    }

    @Test
    void anEntryOutsideItsRangeIsRefusedAloneAndItsItemTriagedByRules() {
        // the sync is due today: "LATER" is refused; the press list entry is fine
        model.answer("""
                {"items": [{"item": "I1", "project": "HIRE", "horizon": "LATER", "title": "Hiring sync later",
                            "labels": [], "duplicates": [], "rationale": "Not urgent.", "confidence": 0.5},
                           {"item": "I2", "project": "NOVA", "horizon": "WEEK", "title": "Review the press list",
                            "labels": ["press"], "duplicates": [], "rationale": "Julia sent v2.", "confidence": 0.7}]}
                """);

        AgentRunner.Result result = run(new ModelTriageAgent(model.asAgentModel()));

        assertThat(titles(result.proposals())).containsExactly("Prepare for Hiring sync with Tom",
                "Review the press list");
        AgentRun runLog = result.runs().get(0);
        assertThat(runLog.outcome()).isEqualTo("model 1, rules 1, 1 refused");
        assertThat(runLog.error()).contains("items[0]", "I1 is due", "the horizon is LATER");
    }

    @Test
    void anUnreachableModelLeavesTheRunToTheRulesAndTheLogSaysRules() {
        AgentRunner.Result result = run(new ModelTriageAgent(model.asAgentModel()));

        assertThat(result.proposals()).isEqualTo(new TriageAgent().run(context(DEMO)));
        AgentRun runLog = result.runs().get(0);
        assertThat(runLog.model()).isEqualTo("rules");
        assertThat(runLog.tokens()).isZero();
        assertThat(runLog.outcome()).isEqualTo("model unreachable, rules used");
        assertThat(runLog.error()).contains("not running");
    }

    @Test
    void withAiOffTheAgentsAreTheRulesAgentsWithoutANote() {
        AgentRunner.Result withModel = new AgentRunner(AgentRunner.agents(AgentModel.none())).run(context(DEMO),
                List.of());
        AgentRunner.Result rules = new AgentRunner(AgentRunner.rulesAgents()).run(context(DEMO), List.of());

        assertThat(withModel.proposals()).isEqualTo(rules.proposals());
        assertThat(withModel.runs()).allSatisfy(r -> {
            assertThat(r.model()).isEqualTo("rules");
            assertThat(r.error()).isNull();
        });
    }

    @Test
    void preferenceSignalsLowerTheConfidenceOfAModelsProposalsToo() {
        List<PreferenceSignal> rejections = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rejections.add(new PreferenceSignal(UUID.randomUUID(), UUID.randomUUID(), TriageAgent.NAME,
                    ProposalKind.CREATE_TASK, Decision.REJECTED, null, NOW.minusSeconds(60L * (i + 1))));
        }
        model.answer(VALID_TRIAGE);

        AgentRunner.Result result = run(new ModelTriageAgent(model.asAgentModel()),
                PreferenceModel.learn(rejections, List.of()));

        assertThat(result.proposals().get(0).confidence()).isEqualTo(0.46);
    }

    /** Discovery: the model's theme must rest on two items, not all already tasked, and not repeat an open task. */
    @Test
    void aDiscoveryThemeIsCheckedAgainstTheItemsAndOpenTasks() {
        String openTask = DEMO.tasks().stream().filter(t -> t.isOpen()).findFirst().orElseThrow().title();
        model.answerWith(question -> {
            JsonNode items = read(question).get("items");
            String untasked = null;
            String other = null;
            for (JsonNode item : items) {
                if (!item.get("hasTask").asBoolean() && untasked == null) {
                    untasked = item.get("key").asText();
                } else if (other == null) {
                    other = item.get("key").asText();
                }
            }
            return """
                    {"themes": [
                      {"title": "Agree one press contact list", "items": ["%1$s", "%2$s"], "project": "NOVA",
                       "rationale": "Press lists come up again and again.", "confidence": 0.6},
                      {"title": "Follow up with %1$s", "items": ["%1$s", "%1$s"], "project": null,
                       "rationale": "Only one item.", "confidence": 0.4},
                      {"title": "%3$s", "items": ["%1$s", "%2$s"], "project": null,
                       "rationale": "Same as a task.", "confidence": 0.4}]}
                    """.formatted(untasked, other, openTask);
        });

        AgentRunner.Result result = run(new ModelDiscoveryAgent(model.asAgentModel()));

        assertThat(titles(result.proposals())).containsExactly("Agree one press contact list");
        CreateTask task = (CreateTask) ProposalPayloads.read(result.proposals().get(0));
        assertThat(task.projectId()).isEqualTo(project("NOVA").id());
        assertThat(task.notes()).contains("Julia Park");
        AgentRun runLog = result.runs().get(0);
        assertThat(runLog.model()).isEqualTo(ScriptedModel.NAME);
        assertThat(runLog.outcome()).isEqualTo("ok, 2 themes refused");
        assertThat(runLog.error()).contains("themes[1]: a theme needs two different items",
                "themes[2]: open task \u201c" + openTask + "\u201d already covers");
    }

    @Test
    void whenEveryThemeIsRefusedTheRulesAnswer() {
        model.answerWith(question -> {
            String key = read(question).get("items").get(0).get("key").asText();
            return "{\"themes\": [{\"title\": \"One\", \"items\": [\"" + key + "\", \"" + key + "\"], \"project\": "
                    + "null, \"rationale\": \"x\", \"confidence\": 0.4}]}";
        });

        AgentRunner.Result result = run(new ModelDiscoveryAgent(model.asAgentModel()));

        assertThat(result.proposals()).isEqualTo(new DiscoveryAgent().run(context(DEMO)));
        assertThat(result.runs().get(0).outcome()).isEqualTo("answer rejected, rules used");
        assertThat(result.runs().get(0).error()).startsWith("Every part of the model's answer was refused");
    }

    private static JsonNode read(List<ChatMessage> question) {
        try {
            return JSON.readTree(question.get(1).content());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
