package dev.quarterdeck.app.projects;

import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.project.Health;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.task.Task;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What a project's Overview shows: header facts, health, milestones by date, the active risks with the highest
 * scores, budget per currency, and the tasks (open ones first, by due date, then finished ones).
 */
public record ProjectPage(Project project, Health health, List<Milestone> milestones, List<Risk> topRisks,
        int activeRisks, List<BudgetSummary.Row> budget, List<Task> tasks, LocalDate today) {

    static final int TOP_RISKS = 5;

    public static ProjectPage of(ProjectRecords records, LocalDate today) {
        List<Risk> active = records.risks().stream().filter(r -> r.status().isActive())
                .sorted(Comparator.comparingInt(Risk::score).reversed().thenComparing(Risk::key)).toList();
        List<Milestone> milestones = records.milestones().stream()
                .sorted(Comparator.comparing(Milestone::due).thenComparing(Milestone::name)).toList();
        Comparator<Task> openFirst = Comparator.comparing((Task t) -> !t.isOpen())
                .thenComparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.comparingDouble(Task::score).reversed());
        return new ProjectPage(records.project(), records.health(today), milestones,
                active.subList(0, Math.min(TOP_RISKS, active.size())), active.size(),
                BudgetSummary.of(records.budgetLines(), records.transactions()),
                records.tasks().stream().sorted(openFirst).toList(), today);
    }
}
