package dev.quarterdeck.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GraphBuilderTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final UUID PROJECT = UUID.randomUUID();

    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final List<TaskLink> links = new ArrayList<>();
    private final List<SourceItem> items = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<MilestoneTask> milestoneTasks = new ArrayList<>();

    private Task task(String title) {
        return tasks.computeIfAbsent(title, t -> Task.create(UUID.randomUUID(), PROJECT, t, Horizon.WEEK, null,
                NOW.minus(Duration.ofDays(30))));
    }

    private void put(Task changed) {
        tasks.put(changed.title(), changed);
    }

    private UUID id(String title) {
        return task(title).id();
    }

    private void link(String from, LinkKind kind, String to) {
        links.add(new TaskLink(UUID.randomUUID(), id(from), id(to), kind, LinkOrigin.USER, NOW));
    }

    private void mail(String ref, String thread, String task, Instant at, String... references) {
        items.add(new SourceItem(UUID.randomUUID(), SourceKind.GMAIL, ref, "Mail " + ref, "", null, null, at, null,
                thread, List.of(references), null, null, null, null, id(task), at));
    }

    private void milestone(String name, String... taskTitles) {
        Milestone milestone = new Milestone(UUID.randomUUID(), PROJECT, name, "", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 1), MilestoneStatus.PLANNED, null, NOW, 0);
        milestones.add(milestone);
        for (String title : taskTitles) {
            milestoneTasks.add(new MilestoneTask(milestone.id(), id(title)));
        }
    }

    private WorkspaceGraph build(GraphFilter filter) {
        return GraphBuilder.build(new GraphRecords(List.of(), List.copyOf(tasks.values()), links, milestones,
                milestoneTasks, items), filter, NOW);
    }

    private String title(UUID id) {
        return tasks.values().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().title();
    }

    private List<String> edges(WorkspaceGraph graph, GraphEdgeKind kind) {
        return graph.edges().stream().filter(e -> e.kind() == kind)
                .map(e -> title(e.from()) + ">" + title(e.to())).toList();
    }

    @Test
    void recordedLinksBecomeEdgesOfTheirKind() {
        link("Epic", LinkKind.PARENT, "Story");
        link("Story", LinkKind.BLOCKS, "Release");
        link("PR", LinkKind.REFERENCES, "Story");
        link("Old mail", LinkKind.DUPLICATES, "PR");
        link("Notes", LinkKind.RELATES, "Release");

        WorkspaceGraph graph = build(GraphFilter.ALL);

        assertThat(edges(graph, GraphEdgeKind.PARENT)).containsExactly("Epic>Story");
        assertThat(edges(graph, GraphEdgeKind.BLOCKS)).containsExactly("Story>Release");
        assertThat(edges(graph, GraphEdgeKind.REFERENCES)).containsExactly("PR>Story");
        assertThat(edges(graph, GraphEdgeKind.DUPLICATES)).containsExactly("Old mail>PR");
        assertThat(edges(graph, GraphEdgeKind.RELATES)).containsExactly("Notes>Release");
        assertThat(graph.nodes()).hasSize(6);
        assertThat(graph.node(id("Release")).orElseThrow().blocked()).isTrue();
        assertThat(graph.node(id("Story")).orElseThrow().blocked()).isFalse();
    }

    @Test
    void replyChainsAndThreadsOfSourceItemsJoinTheirTasks() {
        mail("m1", "t1", "Budget question", NOW.minusSeconds(300));
        mail("m2", "t1", "Send numbers", NOW.minusSeconds(200), "m1");
        mail("m3", "t1", "Book review", NOW.minusSeconds(100));
        mail("m4", "t2", "Unrelated", NOW.minusSeconds(50));
        items.add(new SourceItem(UUID.randomUUID(), SourceKind.JIRA, "KUBE-12", "Issue", "", null, null, NOW, null,
                null, List.of("m3"), null, null, null, null, id("Fix chart"), NOW));

        WorkspaceGraph graph = build(GraphFilter.ALL);

        assertThat(edges(graph, GraphEdgeKind.REPLY)).containsExactly("Budget question>Send numbers");
        assertThat(edges(graph, GraphEdgeKind.REFERENCES)).containsExactly("Book review>Fix chart");
        // the reply already joins the first two; the thread adds only the next step
        assertThat(edges(graph, GraphEdgeKind.SAME_THREAD)).containsExactly("Send numbers>Book review");
    }

    @Test
    void aRecordedLinkWinsOverADerivedEdgeBetweenTheSameTasks() {
        mail("m1", "t1", "Ask", NOW.minusSeconds(300));
        mail("m2", "t1", "Answer", NOW.minusSeconds(200), "m1");
        link("Answer", LinkKind.BLOCKS, "Ask");

        WorkspaceGraph graph = build(GraphFilter.ALL);

        assertThat(graph.edges()).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(GraphEdgeKind.BLOCKS));
    }

    @Test
    void cyclesAreNamedAndTheirEdgesMarkedAndPathsGoAroundThem() {
        link("A", LinkKind.BLOCKS, "B");
        link("B", LinkKind.BLOCKS, "C");
        link("C", LinkKind.BLOCKS, "A");
        link("C", LinkKind.BLOCKS, "Launch");
        link("Prepare", LinkKind.BLOCKS, "Launch");
        milestone("M1 Launch", "Launch");

        WorkspaceGraph graph = build(GraphFilter.ALL);

        assertThat(graph.cycles()).singleElement()
                .satisfies(cycle -> assertThat(cycle.description()).isEqualTo("A → B → C → A"));
        assertThat(graph.edges().stream().filter(GraphEdge::inCycle).map(e -> title(e.from()) + ">" + title(e.to())))
                .containsExactlyInAnyOrder("A>B", "B>C", "C>A");
        assertThat(graph.criticalPaths()).singleElement()
                .satisfies(path -> assertThat(path.tasks()).hasSize(2).endsWith(id("Launch")));
    }

    @Test
    void criticalPathIsTheLongestOpenBlockingChainToEachMilestone() {
        link("Survey", LinkKind.BLOCKS, "Sign lease");
        link("Sign lease", LinkKind.BLOCKS, "Book movers");
        link("Book movers", LinkKind.BLOCKS, "Move");
        link("Order crates", LinkKind.BLOCKS, "Move");
        link("Draft FAQ", LinkKind.BLOCKS, "Publish FAQ");
        milestone("M2 Move weekend", "Move");
        milestone("M3 FAQ out", "Publish FAQ");
        put(task("Survey").withStatus(TaskStatus.DONE, NOW.minus(Duration.ofDays(2))));

        WorkspaceGraph graph = build(GraphFilter.ALL);

        assertThat(graph.criticalPaths()).extracting(CriticalPath::milestoneName)
                .containsExactly("M2 Move weekend", "M3 FAQ out");
        assertThat(graph.criticalPaths().get(0).tasks()).extracting(this::title)
                .containsExactly("Sign lease", "Book movers", "Move");
        assertThat(graph.nodes().stream().filter(GraphNode::critical).map(n -> n.task().title()))
                .containsExactlyInAnyOrder("Sign lease", "Book movers", "Move", "Draft FAQ", "Publish FAQ");
        assertThat(graph.edges().stream().filter(GraphEdge::critical)).hasSize(3);
        assertThat(graph.criticalPathsThrough(id("Book movers"))).extracting(CriticalPath::milestoneName)
                .containsExactly("M2 Move weekend");
    }

    @Test
    void lanesFollowHorizonsAndOnlyTheLastSevenDaysOfClosedTasks() {
        put(task("Now").withHorizon(Horizon.TODAY, false, NOW));
        put(task("Soon").withHorizon(Horizon.MONTH, false, NOW));
        put(task("Someday").withHorizon(Horizon.LATER, false, NOW));
        put(task("Finished").withStatus(TaskStatus.DONE, NOW.minus(Duration.ofDays(3))));
        put(task("Long ago").withStatus(TaskStatus.DONE, NOW.minus(Duration.ofDays(8))));

        WorkspaceGraph all = build(GraphFilter.ALL);
        assertThat(all.nodes()).extracting(n -> n.task().title() + ":" + n.lane())
                .containsExactly("Now:TODAY", "Soon:MONTH", "Someday:LATER", "Finished:DONE");
        assertThat(all.totalTasks()).isEqualTo(4);

        WorkspaceGraph week = build(GraphFilter.ALL.withWindow(GraphWindow.WEEK));
        assertThat(week.nodes()).extracting(n -> n.task().title()).containsExactly("Now", "Finished");
        WorkspaceGraph month = build(GraphFilter.ALL.withWindow(GraphWindow.MONTH));
        assertThat(month.nodes()).extracting(n -> n.task().title()).containsExactly("Now", "Soon", "Finished");
    }

    @Test
    void filtersByProjectSourceAndStatusAndDropEdgesToHiddenTasks() {
        link("Mine", LinkKind.BLOCKS, "Other project");
        put(new Task(UUID.randomUUID(), null, "Inbox", "", TaskStatus.DOING, Horizon.TODAY, false, null, null, null,
                50, SourceKind.GITHUB, "pr/1", null, NOW, NOW, null, 0));
        Task other = task("Other project");
        put(new Task(other.id(), UUID.randomUUID(), other.title(), "", TaskStatus.TODO, Horizon.WEEK, false, null,
                null, null, 80, SourceKind.MANUAL, null, null, NOW, NOW, null, 0));

        WorkspaceGraph byProject = build(GraphFilter.ALL.withProjects(Set.of(PROJECT)));
        assertThat(byProject.nodes()).extracting(n -> n.task().title()).containsExactly("Mine");
        assertThat(byProject.edges()).isEmpty();

        assertThat(build(GraphFilter.ALL.withSources(Set.of(SourceKind.GITHUB))).nodes())
                .extracting(n -> n.task().title()).containsExactly("Inbox");
        assertThat(build(GraphFilter.ALL.withStatuses(Set.of(TaskStatus.TODO))).nodes())
                .extracting(n -> n.task().title()).containsExactly("Mine", "Other project");
        assertThat(build(GraphFilter.ALL).node(other.id()).orElseThrow().band()).isEqualTo(ScoreBand.HIGH);
    }

    @Test
    void theDemoWorkspaceHasEdgesOfEveryRecordedKindAndACriticalPath() {
        WorkspaceSnapshot demo = DemoWorkspace.create(LocalDate.of(2026, 11, 22), ZoneOffset.UTC, NOW);
        WorkspaceGraph graph = GraphBuilder.build(new GraphRecords(demo.projects(), demo.tasks(), demo.links(),
                demo.milestones(), demo.milestoneTasks(), demo.sourceItems()), GraphFilter.ALL, NOW);

        assertThat(graph.nodes()).isNotEmpty().allSatisfy(n -> assertThat(n.projectCode() != null
                || n.task().projectId() == null).isTrue());
        assertThat(graph.edges()).extracting(GraphEdge::kind).contains(GraphEdgeKind.BLOCKS, GraphEdgeKind.PARENT,
                GraphEdgeKind.RELATES, GraphEdgeKind.REFERENCES, GraphEdgeKind.REPLY);
        assertThat(graph.criticalPaths()).anySatisfy(p -> assertThat(p.tasks()).hasSizeGreaterThan(1));
        assertThat(graph.cycles()).isEmpty();
    }
}
