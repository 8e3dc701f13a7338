package dev.quarterdeck.app.projects;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Health;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectHealth;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.task.Task;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The records of one project that its page and its health need, and what the portfolio derives from them. */
public record ProjectRecords(Project project, List<Task> tasks, List<Milestone> milestones,
        List<MilestoneTask> milestoneTasks, List<Risk> risks, List<BudgetLine> budgetLines,
        List<Transaction> transactions) {

    /** Reads one project's records (for its page). */
    public static ProjectRecords read(Store store, Project project) {
        List<Milestone> milestones = store.milestones().listByProject(project.id());
        List<MilestoneTask> links = milestones.stream()
                .flatMap(m -> store.milestoneTasks().listByMilestone(m.id()).stream()).toList();
        return new ProjectRecords(project, store.tasks().listByProject(project.id()), milestones, links,
                store.risks().listByProject(project.id()), store.budgetLines().listByProject(project.id()),
                store.transactions().listByProject(project.id()));
    }

    /** Every project's records out of the whole workspace's, each list read once (not once per project). */
    public static List<ProjectRecords> all(WorkspaceRecords all) {
        java.util.Map<UUID, List<Task>> tasks = all.tasks().stream().filter(t -> t.projectId() != null)
                .collect(Collectors.groupingBy(Task::projectId));
        java.util.Map<UUID, List<Milestone>> milestones = all.milestones().stream()
                .collect(Collectors.groupingBy(Milestone::projectId));
        java.util.Map<UUID, UUID> projectOfMilestone = all.milestones().stream()
                .collect(Collectors.toMap(Milestone::id, Milestone::projectId));
        java.util.Map<UUID, List<MilestoneTask>> links = all.milestoneTasks().stream()
                .filter(link -> projectOfMilestone.containsKey(link.milestoneId()))
                .collect(Collectors.groupingBy(link -> projectOfMilestone.get(link.milestoneId())));
        java.util.Map<UUID, List<Risk>> risks = all.risks().stream().collect(Collectors.groupingBy(Risk::projectId));
        java.util.Map<UUID, List<BudgetLine>> lines = all.budgetLines().stream()
                .collect(Collectors.groupingBy(BudgetLine::projectId));
        java.util.Map<UUID, List<Transaction>> transactions = all.transactions().stream()
                .collect(Collectors.groupingBy(Transaction::projectId));
        return all.projects().stream().map(p -> new ProjectRecords(p, tasks.getOrDefault(p.id(), List.of()),
                milestones.getOrDefault(p.id(), List.of()), links.getOrDefault(p.id(), List.of()),
                risks.getOrDefault(p.id(), List.of()), lines.getOrDefault(p.id(), List.of()),
                transactions.getOrDefault(p.id(), List.of()))).toList();
    }

    /** Picks one project's records out of the whole workspace's. */
    public static ProjectRecords of(Project project, WorkspaceRecords all) {
        UUID id = project.id();
        List<Milestone> milestones = all.milestones().stream().filter(m -> id.equals(m.projectId())).toList();
        Set<UUID> milestoneIds = milestones.stream().map(Milestone::id).collect(Collectors.toSet());
        return new ProjectRecords(project,
                all.tasks().stream().filter(t -> id.equals(t.projectId())).toList(),
                milestones,
                all.milestoneTasks().stream().filter(link -> milestoneIds.contains(link.milestoneId())).toList(),
                all.risks().stream().filter(r -> id.equals(r.projectId())).toList(),
                all.budgetLines().stream().filter(l -> id.equals(l.projectId())).toList(),
                all.transactions().stream().filter(t -> id.equals(t.projectId())).toList());
    }

    public Health health(LocalDate today) {
        return ProjectHealth.assess(project, tasks, milestones, milestoneTasks, risks, budgetLines, transactions,
                today);
    }

    public ProjectSummary summary(LocalDate today) {
        int open = (int) tasks.stream().filter(Task::isOpen).count();
        int overdue = (int) tasks.stream().filter(t -> t.isOverdue(today)).count();
        int lateMilestones = (int) milestones.stream()
                .filter(m -> (m.status() == MilestoneStatus.PLANNED || m.status() == MilestoneStatus.IN_PROGRESS)
                        && m.isPastDue(today)).count();
        List<Risk> active = risks.stream().filter(r -> r.status().isActive())
                .sorted(Comparator.comparingInt(Risk::score).reversed().thenComparing(Risk::key)).toList();
        dev.quarterdeck.core.budget.BudgetSummary budget = dev.quarterdeck.core.budget.BudgetSummary.inCurrency(
                project, project.currency(), budgetLines, transactions);
        return new ProjectSummary(project, health(today), open, overdue, nextMilestone(), lateMilestones, active,
                budget.planned(), budget.actual());
    }

    public Optional<Milestone> nextMilestone() {
        return milestones.stream()
                .filter(m -> m.status() == MilestoneStatus.PLANNED || m.status() == MilestoneStatus.IN_PROGRESS)
                .min(Comparator.comparing(Milestone::due).thenComparing(Milestone::name));
    }
}
