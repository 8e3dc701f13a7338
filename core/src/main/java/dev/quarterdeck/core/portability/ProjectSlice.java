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
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One project's part of a workspace, for a one-project export: the project, every record that belongs to it, and
 * the connections among them. A link, milestone task or source item that reaches a task of another project is
 * left out, so the slice imports on its own without dangling references.
 */
public final class ProjectSlice {

    private ProjectSlice() {
    }

    public static WorkspaceSnapshot of(WorkspaceSnapshot snapshot, String projectCode) {
        Project project = snapshot.projects().stream().filter(p -> p.code().equals(projectCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no project with code " + projectCode));
        return of(snapshot, project);
    }

    public static WorkspaceSnapshot of(WorkspaceSnapshot snapshot, UUID projectId) {
        Project project = snapshot.projects().stream().filter(p -> p.id().equals(projectId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no project with id " + projectId));
        return of(snapshot, project);
    }

    private static WorkspaceSnapshot of(WorkspaceSnapshot snapshot, Project project) {
        UUID id = project.id();
        List<Risk> risks = keep(snapshot.risks(), (Risk r) -> r.projectId().equals(id));
        Set<UUID> riskIds = risks.stream().map(Risk::id).collect(Collectors.toSet());
        List<Task> tasks = keep(snapshot.tasks(), t -> id.equals(t.projectId()));
        Set<UUID> taskIds = tasks.stream().map(Task::id).collect(Collectors.toSet());
        List<Milestone> milestones = keep(snapshot.milestones(), m -> m.projectId().equals(id));
        Set<UUID> milestoneIds = milestones.stream().map(Milestone::id).collect(Collectors.toSet());
        return new WorkspaceSnapshot(
                List.of(project),
                tasks,
                keep(snapshot.links(),
                        (TaskLink l) -> taskIds.contains(l.fromTaskId()) && taskIds.contains(l.toTaskId())),
                risks,
                milestones,
                keep(snapshot.milestoneTasks(),
                        (MilestoneTask mt) -> milestoneIds.contains(mt.milestoneId()) && taskIds.contains(mt.taskId())),
                keep(snapshot.stakeholders(), (Stakeholder s) -> s.projectId().equals(id)),
                keep(snapshot.budgetLines(), (BudgetLine b) -> b.projectId().equals(id)),
                keep(snapshot.transactions(), (Transaction t) -> t.projectId().equals(id)),
                keep(snapshot.documents(), (Document d) -> d.projectId().equals(id)),
                keep(snapshot.sourceItems(), (SourceItem s) -> s.taskId() != null
                        ? taskIds.contains(s.taskId())
                        : project.code().equals(s.projectCode())),
                keep(snapshot.riskLinks(), (RiskLink l) -> riskIds.contains(l.riskId())
                        && (taskIds.contains(l.targetId()) || milestoneIds.contains(l.targetId()))));
    }

    private static <T> List<T> keep(List<T> rows, Predicate<T> belongs) {
        return rows.stream().filter(belongs).toList();
    }
}
