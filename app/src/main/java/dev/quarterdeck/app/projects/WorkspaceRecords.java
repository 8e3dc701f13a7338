package dev.quarterdeck.app.projects;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.task.Task;
import java.time.LocalDate;
import java.util.List;

/**
 * The records the portfolio needs for every project, read with one query per table (the start-up path: a
 * query per project and table cost seconds in a cold JVM).
 */
public record WorkspaceRecords(List<Project> projects, List<Task> tasks, List<Milestone> milestones,
        List<MilestoneTask> milestoneTasks, List<Risk> risks, List<BudgetLine> budgetLines,
        List<Transaction> transactions) {

    public static WorkspaceRecords read(Store store) {
        return new WorkspaceRecords(store.projects().list(), store.tasks().listAll(), store.milestones().listAll(),
                store.milestoneTasks().listAll(), store.risks().listAll(), store.budgetLines().listAll(),
                store.transactions().listAll());
    }

    /** Every project with its health and counts, in the store's order (by name). */
    public List<ProjectSummary> portfolio(LocalDate today) {
        return ProjectRecords.all(this).stream().map(records -> records.summary(today)).toList();
    }
}
