package dev.quarterdeck.core.ask;

import static dev.quarterdeck.core.agent.DemoFixture.DEMO;
import static dev.quarterdeck.core.agent.DemoFixture.TODAY;
import static dev.quarterdeck.core.agent.DemoFixture.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarterdeck.core.agent.DemoFixture;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The read-only tools Ask's model calls: what each returns from the demo, and the references they hand out. */
class AskToolsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AskTools tools = new AskTools(context(DEMO));
    private final Project kube = DemoFixture.project("KUBE");

    @Test
    void overdueListsExactlyTheProjectsOverdueTasksEachWithAReferenceToItsRecord() throws Exception {
        List<Task> expected = DEMO.tasks().stream()
                .filter(t -> kube.id().equals(t.projectId()) && t.isOverdue(TODAY)).toList();

        JsonNode result = call("overdue", new AskTools.Args("kube", null, null, null));

        assertThat(expected).isNotEmpty();
        assertThat(result.path("count").asInt()).isEqualTo(expected.size());
        List<String> refs = new ArrayList<>();
        result.path("tasks").forEach(row -> refs.add(row.path("ref").asText()));
        assertThat(refs).containsExactlyInAnyOrderElementsOf(
                expected.stream().map(t -> "task:" + t.id().toString().substring(0, 8)).toList());
        for (Task task : expected) {
            String ref = "task:" + task.id().toString().substring(0, 8);
            assertThat(tools.id(ref)).contains(task.id());
            assertThat(tools.seen()).containsEntry(ref, "\u201c" + task.title() + "\u201d (KUBE)");
        }
    }

    @Test
    void risksAboveAScoreAreListedHighestFirst() throws Exception {
        long expected = DEMO.risks().stream().filter(r -> r.status().isActive() && r.score() > 15).count();

        JsonNode result = call("risks", new AskTools.Args(null, null, 15, null));

        assertThat(result.path("count").asLong()).isEqualTo(expected).isPositive();
        List<Integer> scores = new ArrayList<>();
        result.path("risks").forEach(row -> scores.add(row.path("score").asInt()));
        assertThat(scores).isSortedAccordingTo((a, b) -> b - a).allMatch(score -> score > 15);
    }

    @Test
    void listTasksFiltersByLaneAndProjectSummaryGivesHealthAndRisks() throws Exception {
        JsonNode today = call("list_tasks", new AskTools.Args(null, "TODAY", null, null));
        assertThat(today.path("tasks")).isNotEmpty()
                .allMatch(row -> row.path("horizon").asText().equals(Horizon.TODAY.name()));

        JsonNode summary = call("project_summary", new AskTools.Args("KUBE", null, null, null));
        assertThat(summary.path("ref").asText()).isEqualTo("project:KUBE");
        assertThat(summary.path("health").asText()).isNotBlank();
        Risk top = DEMO.risks().stream().filter(r -> r.projectId().equals(kube.id()) && r.status().isActive())
                .max((a, b) -> a.score() - b.score()).orElseThrow();
        assertThat(summary.path("high_risks").toString()).contains(top.title());
    }

    @Test
    void badArgumentsAreAnsweredWithAnErrorTheModelCanCorrect() throws Exception {
        assertThat(call("overdue", new AskTools.Args("NOPE", null, null, null)).path("error").asText())
                .startsWith("no project has the code NOPE; the codes are ").contains("KUBE");
        assertThat(call("list_tasks", new AskTools.Args(null, "SOMEDAY", null, null)).path("error").asText())
                .contains("TODAY, WEEK, MONTH or LATER");
        assertThat(call("project_summary", null).path("error").asText()).contains("needs a project code");
        assertThat(call("search", new AskTools.Args(null, null, null, " ")).path("error").asText())
                .isEqualTo("search needs a text");
        assertThat(call("drop_tables", null).path("error").asText()).startsWith("there is no tool drop_tables");
        assertThat(tools.seen()).isEmpty();
    }

    @Test
    void searchFindsTasksByTitleAndARefNoToolReturnedIsUnknown() throws Exception {
        Task any = DEMO.tasks().get(0);
        String word = any.title().split(" ")[0];

        JsonNode result = call("search", new AskTools.Args(null, null, null, word));

        assertThat(result.path("tasks").toString()).contains(any.title());
        assertThat(tools.id("task:00000000")).isEmpty();
    }

    private JsonNode call(String tool, AskTools.Args args) throws Exception {
        return JSON.readTree(tools.call(tool, args));
    }
}
