package dev.quarterdeck.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskGraphTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final List<TaskLink> links = new ArrayList<>();

    private Task task(String title) {
        return tasks.computeIfAbsent(title, t -> Task.create(UUID.randomUUID(), null, t, Horizon.WEEK, null, NOW));
    }

    private void link(String from, LinkKind kind, String to) {
        links.add(new TaskLink(UUID.randomUUID(), task(from).id(), task(to).id(), kind, LinkOrigin.USER, NOW));
    }

    private void blocks(String from, String to) {
        link(from, LinkKind.BLOCKS, to);
    }

    private TaskGraph graph() {
        return TaskGraph.of(tasks.values(), links);
    }

    private List<String> titles(List<UUID> ids) {
        return ids.stream().map(id -> tasks.values().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow().title()).toList();
    }

    @Test
    void criticalPathIsTheLongestOpenBlockingChain() {
        blocks("Sign lease", "Book movers");
        blocks("Book movers", "Move");
        blocks("Order crates", "Move");
        blocks("Survey site", "Sign lease");
        link("Order crates", LinkKind.RELATES, "Survey site");

        assertThat(titles(graph().criticalPathTo(List.of(task("Move").id()))))
                .containsExactly("Survey site", "Sign lease", "Book movers", "Move");
    }

    @Test
    void doneTasksDropOutOfTheCriticalPath() {
        blocks("Survey site", "Sign lease");
        blocks("Sign lease", "Move");
        tasks.put("Survey site", task("Survey site").withStatus(TaskStatus.DONE, NOW));

        assertThat(titles(graph().criticalPathTo(List.of(task("Move").id())))).containsExactly("Sign lease", "Move");
    }

    @Test
    void refusesADependencyThatWouldCloseACircleAndNamesIt() {
        blocks("Draft plan", "Review plan");
        blocks("Review plan", "Approve plan");
        TaskGraph graph = graph();

        var cycle = graph.cycleIfAdded(task("Approve plan").id(), task("Draft plan").id());

        assertThat(cycle).isPresent();
        assertThat(graph.describe(cycle.get())).isEqualTo("Approve plan → Draft plan → Review plan → Approve plan");
        assertThat(graph.cycleIfAdded(task("Draft plan").id(), task("Approve plan").id())).isEmpty();
    }

    @Test
    void reportsCyclesInImportedDataAndStillFindsPathsAroundThem() {
        blocks("A", "B");
        blocks("B", "C");
        blocks("C", "A");
        blocks("Prepare", "Launch");
        blocks("C", "Launch");

        TaskGraph graph = graph();

        assertThat(graph.cycles()).hasSize(1);
        assertThat(titles(graph.cycles().get(0))).containsExactly("A", "B", "C");
        assertThat(graph.criticalPathTo(List.of(task("Launch").id()))).hasSize(2);
    }

    @Test
    void anUnknownTargetHasNoPath() {
        task("Alone");
        assertThat(graph().criticalPathTo(List.of(UUID.randomUUID()))).isEmpty();
        assertThat(graph().criticalPathTo(List.of(task("Alone").id()))).hasSize(1);
    }
}
