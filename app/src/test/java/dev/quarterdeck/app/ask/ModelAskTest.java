package dev.quarterdeck.app.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.app.ai.FakeModelWorkspace;
import dev.quarterdeck.connectors.fake.FakeOllama;
import dev.quarterdeck.core.agent.AgentContext;
import dev.quarterdeck.core.agent.AgentService;
import dev.quarterdeck.core.agent.Proposal;
import dev.quarterdeck.core.agent.ProposalKind;
import dev.quarterdeck.core.agent.ProposalStatus;
import dev.quarterdeck.core.ai.CancellationToken;
import dev.quarterdeck.core.ai.LanguageModelException;
import dev.quarterdeck.core.ai.NoLanguageModel;
import dev.quarterdeck.core.ask.AskService;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ask Quarterdeck with a model against a local server speaking Ollama's HTTP API: the tool loop over several steps,
 * changes it suggests stored as pending proposals (never applied), and every bad answer — malformed, breaking the
 * schema, citing a record no tool returned, running out of steps — reported, with the rules answering instead.
 */
class ModelAskTest {

    private static final String MODEL = FakeModelWorkspace.MODEL;
    private static final Clock CLOCK = FakeModelWorkspace.CLOCK;

    @TempDir
    Path dir;

    private FakeModelWorkspace workspace;
    private FakeOllama ollama;
    private Store store;
    private AskService ask;
    private AgentContext context;

    @BeforeEach
    void open() {
        workspace = new FakeModelWorkspace(dir);
        ollama = workspace.ollama;
        store = workspace.store;
        ask = new AskService(store, workspace.model(Duration.ofSeconds(10)));
        context = new AgentService(store).context(CLOCK);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theModelReadsTheWorkspaceThroughToolsInSeveralStepsAndCitesWhatTheyReturned() throws Exception {
        Task overdue = context.workspace().tasks().stream().filter(t -> t.isOverdue(context.today()))
                .filter(t -> t.projectId() != null).findFirst().orElseThrow();
        String code = context.index().projectLabel(overdue.projectId());
        ollama.answer(tool("project_summary", "{\"project\": \"" + code + "\"}"))
                .answer(tool("overdue", "{\"project\": \"" + code.toLowerCase() + "\"}"))
                .answer(answer("In " + code + ", \u201c" + overdue.title() + "\u201d is overdue.", ref(overdue), ""));

        AskService.AskReply reply = ask.answer("What is late in " + code + "?", List.of(), CLOCK,
                new CancellationToken());

        assertThat(reply.producedBy()).isEqualTo(MODEL);
        assertThat(reply.problem()).isEmpty();
        assertThat(reply.markdown()).startsWith("In " + code + ", \u201c" + overdue.title() + "\u201d is overdue.")
                .contains("## Sources", "- \u201c" + overdue.title() + "\u201d (" + code + ") \u2014 " + ref(overdue));
        List<FakeOllama.Request> requests = ollama.requests("/api/chat");
        assertThat(requests).hasSize(3);
        assertThat(lastMessage(requests.get(1).body())).startsWith("Result of project_summary: ")
                .contains("\"code\":\"" + code + "\"", "\"health\":");
        assertThat(lastMessage(requests.get(2).body())).startsWith("Result of overdue: ").contains(ref(overdue));
        assertThat(requests.get(0).body().path("format").path("properties").has("tool")).isTrue();
        assertThat(requests.get(0).body().path("messages").get(0).path("content").asText())
                .contains("list_tasks", "project_summary", "Never invent records");
    }

    @Test
    void changesTheModelSuggestsBecomePendingProposalsAndNothingIsWritten() throws Exception {
        Project project = context.index().openProjects().get(0);
        Task later = context.index().tasksOf(project.id()).stream()
                .filter(t -> t.isOpen() && t.horizon() != Horizon.TODAY).findFirst().orElseThrow();
        ollama.answer(tool("list_tasks", "{\"project\": \"" + project.code() + "\"}"))
                .answer(answer("Pull \u201c" + later.title() + "\u201d into today, and book the retro room.",
                        ref(later), """
                        , "proposals": [
                          {"kind": "change_horizon", "summary": "Do it today", "rationale": "It blocks the release.",
                           "confidence": 0.8, "task": "%s", "horizon": "TODAY"},
                          {"kind": "create_task", "summary": "Book the retro room", "rationale": "Asked for.",
                           "confidence": 0.9, "project": "%s", "title": "Book the retro room", "horizon": "WEEK"}]
                        """.formatted(ref(later), project.code())));

        AskService.AskReply reply = ask.answer("Plan my day in " + project.code() + " and book the retro room",
                List.of(), CLOCK, new CancellationToken());

        assertThat(reply.producedBy()).isEqualTo(MODEL);
        assertThat(reply.markdown()).contains("## Proposed (pending in the Inbox)", "- Do it today",
                "- Book the retro room");
        List<Proposal> pending = store.proposals().listByStatus(ProposalStatus.PENDING, 1000).stream()
                .filter(p -> p.agent().equals("ask")).toList();
        assertThat(pending).extracting(Proposal::kind)
                .containsExactlyInAnyOrder(ProposalKind.CHANGE_HORIZON, ProposalKind.CREATE_TASK);
        assertThat(pending).allSatisfy(p -> assertThat(p.rationale()).contains("Suggested by " + MODEL));
        assertThat(store.tasks().find(later.id()).orElseThrow().horizon()).isEqualTo(later.horizon());
        assertThat(store.tasks().search("Book the retro room", 5)).isEmpty();
    }

    @Test
    void anAnswerCitingARecordNoToolReturnedIsRejectedAndItsProposalsAreNotStored() throws Exception {
        Task real = context.workspace().tasks().get(0);
        ollama.answer(tool("search", "{\"text\": \"zzzz-nothing\"}"))
                .answer(answer("Done.", ref(real), """
                        , "proposals": [{"kind": "change_horizon", "summary": "Today", "rationale": "Why not.",
                          "confidence": 0.5, "task": "%s", "horizon": "TODAY"}]""".formatted(ref(real))));

        AskService.AskReply reply = ask.answer("risks above 15", List.of(), CLOCK, new CancellationToken());

        assertThat(reply.producedBy()).isEqualTo("rules");
        assertThat(reply.modelProblem()).contains("it cites " + ref(real) + ", which no tool returned");
        assertThat(reply.markdown()).startsWith("**Open risks above 15**")
                .contains("_The language model's answer was not used: ").doesNotContain("Done.");
        assertThat(store.proposals().listByStatus(ProposalStatus.PENDING, 1000))
                .noneMatch(p -> p.agent().equals("ask"));
    }

    @Test
    void aMalformedAnswerLeavesTheQuestionToTheRules() throws Exception {
        ollama.answer("Sure! KUBE looks fine to me.");

        AskService.AskReply reply = ask.answer("What is overdue in KUBE?", List.of(), CLOCK, new CancellationToken());

        assertThat(reply.producedBy()).isEqualTo("rules");
        assertThat(reply.modelProblem()).contains("not valid JSON");
        assertThat(reply.markdown()).startsWith("**Overdue in KUBE**").doesNotContain("looks fine");
    }

    @Test
    void anAnswerBreakingTheSchemaIsRejected() throws Exception {
        ollama.answer("{\"tool\": \"delete_all_tasks\", \"answer\": null}");

        AskService.AskReply reply = ask.answer("Budget alerts", List.of(), CLOCK, new CancellationToken());

        assertThat(reply.producedBy()).isEqualTo("rules");
        assertThat(reply.modelProblem()).contains("does not follow the schema", "delete_all_tasks");
        assertThat(ollama.requests("/api/chat")).hasSize(1);
    }

    @Test
    void theLoopStopsAfterItsStepLimit() throws Exception {
        for (int i = 0; i < 8; i++) {
            ollama.answer(tool("risks", "{\"min_score\": " + i + "}"));
        }

        AskService.AskReply reply = ask.answer("risks above 15", List.of(), CLOCK, new CancellationToken());

        assertThat(reply.producedBy()).isEqualTo("rules");
        assertThat(reply.modelProblem()).contains("did not answer within 6 steps");
        assertThat(ollama.requests("/api/chat")).hasSize(6);
    }

    @Test
    void aStoppedQuestionAsksTheModelNothingAndStoresNothing() {
        CancellationToken stopped = new CancellationToken();
        stopped.cancel();

        assertThatThrownBy(() -> ask.answer("risks above 15", List.of(), CLOCK, stopped))
                .isInstanceOfSatisfying(LanguageModelException.class,
                        e -> assertThat(e.kind()).isEqualTo(LanguageModelException.Kind.CANCELLED));
        assertThat(ollama.requests("/api/chat")).isEmpty();
    }

    @Test
    void withoutAModelTheRulesAnswerAndNothingIsReported() throws Exception {
        AskService.AskReply reply = new AskService(store, new NoLanguageModel()).answer("risks above 15", List.of(),
                CLOCK, new CancellationToken());

        assertThat(reply.producedBy()).isEqualTo("rules");
        assertThat(reply.problem()).isEmpty();
        assertThat(reply.markdown()).startsWith("**Open risks above 15**").doesNotContain("language model");
    }

    private static String ref(Task task) {
        return "task:" + task.id().toString().substring(0, 8);
    }

    private static String tool(String name, String args) {
        return "{\"tool\": \"" + name + "\", \"args\": " + args + ", \"answer\": null}";
    }

    private static String answer(String text, String reference, String more) {
        return "{\"tool\": null, \"answer\": \"" + text.replace("\"", "\\\"") + "\", \"references\": [\"" + reference
                + "\"]" + more + "}";
    }

    private static String lastMessage(JsonNode chatRequest) {
        JsonNode messages = chatRequest.path("messages");
        return messages.get(messages.size() - 1).path("content").asText();
    }
}
