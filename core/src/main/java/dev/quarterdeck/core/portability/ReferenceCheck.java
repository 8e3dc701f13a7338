package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskLink;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rules between records of one export, which the store's keys would otherwise reject halfway through an
 * import: every reference points at a record in the same file, and what the store keeps unique is unique
 * (project codes, risk keys per project, links per pair and kind, milestone tasks, source items per kind and ref).
 */
final class ReferenceCheck {

    private final DecodedWorkspace workspace;
    private final ProblemList problems;

    ReferenceCheck(DecodedWorkspace workspace, ProblemList problems) {
        this.workspace = workspace;
        this.problems = problems;
    }

    void run() {
        DecodedSection<Project> projects = workspace.projects();
        DecodedSection<Task> tasks = workspace.tasks();
        unique(projects, Project::code, "code", "project code");
        for (var row : tasks.rows) {
            optionalReference(row, "projectId", row.record().projectId(), projects, "project");
        }
        for (var row : workspace.links().rows) {
            reference(row, "fromTaskId", row.record().fromTaskId(), tasks, "task");
            reference(row, "toTaskId", row.record().toTaskId(), tasks, "task");
        }
        unique(workspace.links(), (TaskLink l) -> List.of(l.fromTaskId(), l.toTaskId(), l.kind()), "toTaskId",
                "link of this kind between these tasks");
        for (var row : workspace.risks().rows) {
            reference(row, "projectId", row.record().projectId(), projects, "project");
        }
        unique(workspace.risks(), (Risk r) -> List.of(r.projectId(), r.key()), "key", "risk key in this project");
        for (var row : workspace.milestones().rows) {
            reference(row, "projectId", row.record().projectId(), projects, "project");
        }
        for (var row : workspace.milestoneTasks().rows) {
            reference(row, "milestoneId", row.record().milestoneId(), workspace.milestones(), "milestone");
            reference(row, "taskId", row.record().taskId(), tasks, "task");
        }
        unique(workspace.milestoneTasks(), (MilestoneTask mt) -> mt, "taskId", "milestone task");
        checkRiskLinks(tasks);
        for (var row : workspace.stakeholders().rows) {
            reference(row, "projectId", row.record().projectId(), projects, "project");
        }
        for (var row : workspace.budgetLines().rows) {
            reference(row, "projectId", row.record().projectId(), projects, "project");
        }
        checkTransactions(projects);
        for (var row : workspace.documents().rows) {
            reference(row, "projectId", row.record().projectId(), projects, "project");
        }
        for (var row : workspace.sourceItems().rows) {
            optionalReference(row, "taskId", row.record().taskId(), tasks, "task");
        }
        unique(workspace.sourceItems(), (SourceItem s) -> List.of(s.kind(), s.ref()), "ref",
                "source item with this kind and ref");
    }

    /** A risk link points at a task or milestone of the risk's own project, once per risk. */
    private void checkRiskLinks(DecodedSection<Task> tasks) {
        Map<UUID, UUID> projectOf = new HashMap<>();
        workspace.risks().rows.forEach(r -> projectOf.put(r.record().id(), r.record().projectId()));
        tasks.rows.forEach(r -> projectOf.put(r.record().id(), r.record().projectId()));
        workspace.milestones().rows.forEach(r -> projectOf.put(r.record().id(), r.record().projectId()));
        for (var row : workspace.riskLinks().rows) {
            RiskLink link = row.record();
            reference(row, "riskId", link.riskId(), workspace.risks(), "risk");
            String field = link.isTask() ? "taskId" : "milestoneId";
            if (link.isTask()) {
                reference(row, field, link.taskId(), tasks, "task");
            } else {
                reference(row, field, link.milestoneId(), workspace.milestones(), "milestone");
            }
            UUID riskProject = projectOf.get(link.riskId());
            UUID targetProject = projectOf.get(link.targetId());
            if (riskProject != null && projectOf.containsKey(link.targetId()) && !riskProject.equals(targetProject)) {
                report(row, field, (link.isTask() ? "task " : "milestone ") + link.targetId()
                        + " is not in the risk's project " + riskProject);
            }
        }
        unique(workspace.riskLinks(), (RiskLink l) -> List.of(l.riskId(), l.targetId()), "riskId",
                "link between this risk and this task or milestone");
    }

    private void checkTransactions(DecodedSection<Project> projects) {
        Map<UUID, BudgetLine> lines = new HashMap<>();
        for (var row : workspace.budgetLines().rows) {
            lines.put(row.record().id(), row.record());
        }
        for (var row : workspace.transactions().rows) {
            Transaction transaction = row.record();
            reference(row, "projectId", transaction.projectId(), projects, "project");
            reference(row, "budgetLineId", transaction.budgetLineId(), workspace.budgetLines(), "budget line");
            BudgetLine line = lines.get(transaction.budgetLineId());
            if (line != null && !line.projectId().equals(transaction.projectId())) {
                report(row, "budgetLineId", "budget line " + line.id() + " belongs to project " + line.projectId()
                        + ", not to the transaction's project " + transaction.projectId());
            }
        }
    }

    private void optionalReference(DecodedSection.Row<?> row, String field, UUID target, DecodedSection<?> section,
            String what) {
        if (target != null) {
            reference(row, field, target, section, what);
        }
    }

    private void reference(DecodedSection.Row<?> row, String field, UUID target, DecodedSection<?> section,
            String what) {
        if (!section.declares(target)) {
            report(row, field, "no " + what + " with id " + target + " in this file");
        }
    }

    private <T> void unique(DecodedSection<T> section, Function<T, ?> key, String field, String what) {
        Map<Object, DecodedSection.Row<T>> seen = new HashMap<>();
        for (var row : section.rows) {
            var first = seen.putIfAbsent(key.apply(row.record()), row);
            if (first != null) {
                report(row, field, "duplicate " + what + " (first at line " + first.field(field).line + ")");
            }
        }
    }

    private void report(DecodedSection.Row<?> row, String field, String message) {
        LocatedJson at = row.field(field);
        problems.add(at.line, at.column, row.path(field), message);
    }
}
