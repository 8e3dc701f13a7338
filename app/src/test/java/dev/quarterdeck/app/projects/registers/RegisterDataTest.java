package dev.quarterdeck.app.projects.registers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.projects.budget.BudgetData;
import dev.quarterdeck.app.projects.milestones.MilestoneRow;
import dev.quarterdeck.app.projects.milestones.MilestonesData;
import dev.quarterdeck.app.projects.risks.RiskRow;
import dev.quarterdeck.core.budget.BudgetAlert;
import dev.quarterdeck.core.budget.ProgressBasis;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskScorePoint;
import dev.quarterdeck.core.risk.RiskTrend;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the register tabs derive from a project's records, without a toolkit, on the demo workspace. */
class RegisterDataTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final WorkspaceSnapshot DEMO = DemoWorkspace.create(TODAY, ZoneId.of("Europe/Berlin"),
            Instant.parse("2025-11-22T08:30:00Z"));

    private static Project project(String code) {
        return DEMO.projects().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void atlasBudgetRaisesTheRemovalsAlertAndMeasuresEarnedValueInItsCurrency() {
        Project atlas = project("ATLAS");
        UUID id = atlas.id();
        BudgetData data = BudgetData.of(atlas,
                DEMO.budgetLines().stream().filter(l -> l.projectId().equals(id)).toList(),
                DEMO.transactions().stream().filter(t -> t.projectId().equals(id)).toList(),
                DEMO.tasks().stream().filter(t -> id.equals(t.projectId())).toList(),
                DEMO.milestones().stream().filter(m -> m.projectId().equals(id)).toList(),
                ProgressBasis.TASK_EFFORT, TODAY);

        assertThat(data.alerts()).extracting(BudgetAlert::message)
                .contains("Removals is 12.0 % over plan (44,800.00 of 40,000.00 EUR)");
        assertThat(data.earnedValue().currency()).isEqualTo(atlas.currency());
        assertThat(data.main().currency()).isEqualTo(atlas.currency());
        assertThat(data.ledger()).extracting(t -> t.date()).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(data.burn().actual()).isNotEmpty();
    }

    @Test
    void riskRowsGiveTrendWithArrowAndWordAndMatchTheFilter() {
        Risk risk = DEMO.risks().get(0);
        RiskRow rising = new RiskRow(risk, List.of(new RiskScorePoint(TODAY.minusDays(7), 2, 2),
                new RiskScorePoint(TODAY, 3, 3)), TODAY);
        assertThat(rising.trend()).isEqualTo(RiskTrend.RISING);
        assertThat(rising.trendText()).isEqualTo("↑ rising");
        assertThat(rising.historyText()).endsWith("3×3 = 9");
        assertThat(rising.matches(risk.key().toLowerCase())).isTrue();
        assertThat(rising.matches(risk.band().label())).isTrue();
        assertThat(rising.matches("no such words anywhere")).isFalse();
        assertThat(new RiskRow(risk, List.of(), TODAY).trendText()).isEqualTo("→ steady");
    }

    @Test
    void actionItemsAreOpenTasksWithOwnerAndDueSoonestFirst() {
        List<Task> items = MilestonesData.actionItems(DEMO.tasks());
        assertThat(items).isNotEmpty().allSatisfy(t -> {
            assertThat(t.isOpen()).isTrue();
            assertThat(t.owner()).isNotNull();
            assertThat(t.due()).isNotNull();
        });
        assertThat(items).extracting(Task::due).isSorted();
    }

    @Test
    void aMilestoneRowIsLateWhenALinkedTaskIsOverdue() {
        dev.quarterdeck.core.milestone.Milestone open = DEMO.milestones().stream()
                .filter(m -> !m.isPastDue(TODAY) && m.status() != dev.quarterdeck.core.milestone.MilestoneStatus.DONE
                        && m.status() != dev.quarterdeck.core.milestone.MilestoneStatus.CANCELLED)
                .findFirst().orElseThrow();
        Task overdue = Task.create(UUID.randomUUID(), open.projectId(), "Late", dev.quarterdeck.core.task.Horizon.TODAY,
                TODAY.minusDays(2), Instant.EPOCH);
        assertThat(new MilestoneRow(open, List.of(), TODAY).isLate()).isFalse();
        MilestoneRow late = new MilestoneRow(open, List.of(overdue), TODAY);
        assertThat(late.isLate()).isTrue();
        assertThat(late.linkedText()).isEqualTo("1 task, 1 open");
        assertThat(late.lateReason()).contains("1 linked task overdue");
    }
}
