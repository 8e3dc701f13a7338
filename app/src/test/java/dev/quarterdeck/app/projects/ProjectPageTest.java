package dev.quarterdeck.app.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectHealth;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The project page and portfolio row built from the demo workspace's records (what the store would return). */
class ProjectPageTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final WorkspaceSnapshot DEMO = DemoWorkspace.create(TODAY, ZoneId.of("Europe/Berlin"),
            Instant.parse("2025-11-22T08:30:00Z"));

    private static ProjectRecords records(String code) {
        Project project = DEMO.projects().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
        UUID id = project.id();
        List<Milestone> milestones = DEMO.milestones().stream().filter(m -> m.projectId().equals(id)).toList();
        return new ProjectRecords(project,
                DEMO.tasks().stream().filter(t -> id.equals(t.projectId())).toList(), milestones,
                DEMO.milestoneTasks().stream()
                        .filter(link -> milestones.stream().anyMatch(m -> m.id().equals(link.milestoneId()))).toList(),
                DEMO.risks().stream().filter(r -> r.projectId().equals(id)).toList(),
                DEMO.budgetLines().stream().filter(l -> l.projectId().equals(id)).toList(),
                DEMO.transactions().stream().filter(t -> t.projectId().equals(id)).toList());
    }

    @Test
    void topRisksAreTheActiveOnesWithTheHighestScoresFirst() {
        ProjectPage page = ProjectPage.of(records("KUBE"), TODAY);

        assertThat(page.topRisks()).isNotEmpty().hasSizeLessThanOrEqualTo(ProjectPage.TOP_RISKS)
                .allSatisfy(r -> assertThat(r.status().isActive()).isTrue())
                .isSortedAccordingTo(Comparator.comparingInt(Risk::score).reversed());
        assertThat(page.activeRisks()).isGreaterThanOrEqualTo(page.topRisks().size());
    }

    @Test
    void milestonesByDateTasksOpenFirstAndHealthFromTheCoreRules() {
        ProjectRecords kube = records("KUBE");
        ProjectPage page = ProjectPage.of(kube, TODAY);

        assertThat(page.milestones()).extracting(Milestone::due).isSorted();
        assertThat(page.tasks()).hasSize(kube.tasks().size());
        int open = (int) kube.tasks().stream().filter(Task::isOpen).count();
        assertThat(page.tasks().subList(0, open)).allSatisfy(t -> assertThat(t.isOpen()).isTrue());
        assertThat(page.health()).isEqualTo(ProjectHealth.assess(kube.project(), kube.tasks(), kube.milestones(),
                kube.milestoneTasks(), kube.risks(), kube.budgetLines(), kube.transactions(), TODAY));
        assertThat(page.budget()).isNotEmpty();
    }

    @Test
    void portfolioRowCountsOpenAndOverdueTasksAndFindsTheNextMilestone() {
        ProjectRecords atlas = records("ATLAS");
        ProjectSummary summary = atlas.summary(TODAY);

        assertThat(summary.openTasks()).isEqualTo((int) atlas.tasks().stream().filter(Task::isOpen).count());
        assertThat(summary.overdueTasks())
                .isEqualTo((int) atlas.tasks().stream().filter(t -> t.isOverdue(TODAY)).count());
        Milestone expected = atlas.milestones().stream()
                .filter(m -> m.status() == MilestoneStatus.PLANNED || m.status() == MilestoneStatus.IN_PROGRESS)
                .min(Comparator.comparing(Milestone::due)).orElseThrow();
        assertThat(summary.nextMilestone()).contains(expected);
    }

    @Test
    void pickingAProjectOutOfTheWholeWorkspaceGivesTheSameRecords() {
        WorkspaceRecords all = new WorkspaceRecords(DEMO.projects(), DEMO.tasks(), DEMO.milestones(),
                DEMO.milestoneTasks(), DEMO.risks(), DEMO.budgetLines(), DEMO.transactions());
        for (Project project : DEMO.projects()) {
            assertThat(ProjectRecords.of(project, all)).isEqualTo(records(project.code()));
        }
        assertThat(all.portfolio(TODAY)).extracting(s -> s.project().code())
                .containsExactlyElementsOf(DEMO.projects().stream().map(Project::code).toList());
    }

    @Test
    void headerAndMilestoneTexts() {
        Project project = records("ATLAS").project();
        assertThat(ProjectTexts.header(project)).startsWith("ATLAS · " + ProjectTexts.words(project.status()));
        assertThat(ProjectTexts.words(dev.quarterdeck.core.project.ProjectStatus.ON_HOLD)).isEqualTo("on hold");
    }
}
