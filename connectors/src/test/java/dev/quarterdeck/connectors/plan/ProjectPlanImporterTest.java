package dev.quarterdeck.connectors.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.TimeUnit;
import org.mpxj.mpx.MPXWriter;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.writer.ProjectWriter;

/** Writes real plan files with MPXJ's own writers and imports them. */
class ProjectPlanImporterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private static final Currency EUR = Currency.getInstance("EUR");

    @TempDir
    Path temp;

    /**
     * Office move: Planning (Survey 100 % done → Choose movers), Move (Pack → Move day), milestone "Keys handed
     * over" after Move day; costs on the leaf tasks.
     */
    private static ProjectFile officeMove() {
        ProjectFile plan = new ProjectFile();
        plan.getProjectProperties().setProjectTitle("Atlas office move");
        plan.getProjectProperties().setStartDate(LocalDateTime.of(2026, 3, 2, 8, 0));
        org.mpxj.Task planning = plan.addTask();
        planning.setName("Planning");
        org.mpxj.Task survey = leaf(planning.addTask(), "Survey new floor", 2, 3, 1_200);
        survey.setPercentageComplete(100);
        survey.setActualFinish(LocalDateTime.of(2026, 3, 1, 17, 0));
        org.mpxj.Task movers = leaf(planning.addTask(), "Choose movers", 4, 6, 800);
        org.mpxj.Task move = plan.addTask();
        move.setName("Move");
        org.mpxj.Task pack = leaf(move.addTask(), "Pack archive", 9, 12, 2_500);
        org.mpxj.Task moveDay = leaf(move.addTask(), "Move day", 13, 13, 6_000);
        org.mpxj.Task keys = plan.addTask();
        keys.setName("Keys handed over");
        keys.setMilestone(true);
        keys.setStart(LocalDateTime.of(2026, 3, 16, 17, 0));
        keys.setFinish(LocalDateTime.of(2026, 3, 16, 17, 0));
        keys.setDuration(Duration.getInstance(0, TimeUnit.DAYS));
        link(survey, movers);
        link(movers, pack);
        link(pack, moveDay);
        link(moveDay, keys);
        return plan;
    }

    private static org.mpxj.Task leaf(org.mpxj.Task task, String name, int startDay, int finishDay, int cost) {
        task.setName(name);
        task.setStart(LocalDateTime.of(2026, 3, startDay, 8, 0));
        task.setFinish(LocalDateTime.of(2026, 3, finishDay, 17, 0));
        task.setDuration(Duration.getInstance(finishDay - startDay + 1, TimeUnit.DAYS));
        task.setCost(cost);
        return task;
    }

    private static void link(org.mpxj.Task before, org.mpxj.Task after) {
        after.addPredecessor(new Relation.Builder().predecessorTask(before).successorTask(after)
                .type(RelationType.FINISH_START).lag(Duration.getInstance(0, TimeUnit.DAYS)));
    }

    private Path write(ProjectFile plan, ProjectWriter writer, String name) throws Exception {
        Path file = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(plan, out);
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan.xml", "plan.mpx"})
    void importsTasksMilestonesDependenciesDatesAndCosts(String name) throws Exception {
        Path file = write(officeMove(), name.endsWith(".xml") ? new MSPDIWriter() : new MPXWriter(), name);

        WorkspaceSnapshot imported = new ProjectPlanImporter(CLOCK).read(file, "ATLAS", EUR);

        Project project = imported.projects().get(0);
        assertThat(project.code()).isEqualTo("ATLAS");
        assertThat(project.name()).isEqualTo("Atlas office move");
        Map<String, Task> tasks = imported.tasks().stream().collect(Collectors.toMap(Task::title, Function.identity()));
        assertThat(tasks).containsOnlyKeys("Planning", "Survey new floor", "Choose movers", "Move", "Pack archive",
                "Move day");
        assertThat(tasks.values()).allMatch(t -> t.projectId().equals(project.id()));
        assertThat(tasks.get("Pack archive").due()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(tasks.get("Survey new floor").status()).isEqualTo(TaskStatus.DONE);
        assertThat(tasks.get("Choose movers").status()).isEqualTo(TaskStatus.TODO);

        Map<UUID, String> titles = imported.tasks().stream().collect(Collectors.toMap(Task::id, Task::title));
        Set<String> blocks = imported.links().stream().filter(l -> l.kind() == LinkKind.BLOCKS)
                .map(l -> titles.get(l.fromTaskId()) + " -> " + titles.get(l.toTaskId())).collect(Collectors.toSet());
        assertThat(blocks).containsExactlyInAnyOrder("Survey new floor -> Choose movers",
                "Choose movers -> Pack archive", "Pack archive -> Move day");
        Set<String> parents = imported.links().stream().filter(l -> l.kind() == LinkKind.PARENT)
                .map(l -> titles.get(l.fromTaskId()) + " > " + titles.get(l.toTaskId())).collect(Collectors.toSet());
        assertThat(parents).contains("Planning > Survey new floor", "Move > Move day");

        assertThat(imported.milestones()).extracting(Milestone::name, Milestone::due, Milestone::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Keys handed over", LocalDate.of(2026, 3, 16),
                        MilestoneStatus.PLANNED));
        assertThat(imported.milestoneTasks()).singleElement()
                .satisfies(mt -> assertThat(titles.get(mt.taskId())).isEqualTo("Move day"));

        assertThat(imported.budgetLines()).extracting(BudgetLine::category, b -> b.planned().amount())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Planning", new BigDecimal("2000.00")),
                        org.assertj.core.groups.Tuple.tuple("Move", new BigDecimal("8500.00")));
        assertThat(project.budgetTotal()).isEqualByComparingTo("10500");
    }

    @Test
    void linksNeverPointOutsideTheImportedTasks() throws Exception {
        Path file = write(officeMove(), new MSPDIWriter(), "plan.xml");

        WorkspaceSnapshot imported = new ProjectPlanImporter(CLOCK).read(file, "ATLAS", EUR);

        Set<UUID> ids = imported.tasks().stream().map(Task::id).collect(Collectors.toSet());
        assertThat(imported.links()).extracting(TaskLink::fromTaskId).allMatch(ids::contains);
        assertThat(imported.links()).extracting(TaskLink::toTaskId).allMatch(ids::contains);
    }

    @Test
    void refusesAFileThatIsNotAPlan() throws Exception {
        Path file = temp.resolve("notes.xml");
        Files.writeString(file, "this is not a plan", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new ProjectPlanImporter(CLOCK).read(file, "NOTES", EUR))
                .isInstanceOf(ProjectPlanImporter.UnreadablePlan.class)
                .hasMessageStartingWith("notes.xml is not a project plan Quarterdeck can read");
    }

    @Test
    void suggestsAFreeCodeFromTheTitle() {
        assertThat(ProjectPlanImporter.suggestCode("Atlas office move", Set.of())).isEqualTo("ATLASOFF");
        assertThat(ProjectPlanImporter.suggestCode("Atlas office move", Set.of("ATLASOFF"))).isEqualTo("ATLASOFF2");
        assertThat(ProjectPlanImporter.suggestCode("2026 ☃", Set.of())).isEqualTo("PLAN");
    }
}
