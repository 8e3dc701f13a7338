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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Compares an imported workspace with the stored one. Two kinds of conflict: the same ID (merge replaces, skip
 * keeps the stored record), and a unique key (project code, risk key within a project, source reference, link
 * between the same tasks, risk link to the same task or milestone) held by a stored record with another ID, which
 * neither policy can write.
 */
final class ConflictFilter {

    private final WorkspaceSnapshot stored;

    ConflictFilter(WorkspaceSnapshot stored) {
        this.stored = stored;
    }

    /** Unique keys that the import would take from stored records with other IDs; merge refuses these. */
    List<ImportProblem> keyConflicts(WorkspaceSnapshot incoming) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, UUID> codes = index(stored.projects(), Project::code, Project::id);
        for (Project project : incoming.projects()) {
            UUID holder = codes.get(project.code());
            if (holder != null && !holder.equals(project.id())) {
                problems.add(new ImportProblem(0, 0, "projects, code " + project.code(), "another stored project ("
                        + holder + ") already has the code " + project.code()));
            }
        }
        Map<String, UUID> riskKeys = index(stored.risks(), r -> r.projectId() + "/" + r.key(), Risk::id);
        for (Risk risk : incoming.risks()) {
            UUID holder = riskKeys.get(risk.projectId() + "/" + risk.key());
            if (holder != null && !holder.equals(risk.id())) {
                problems.add(new ImportProblem(0, 0, "risks, key " + risk.key(), "another stored risk of the same "
                        + "project already has the key " + risk.key()));
            }
        }
        Map<String, UUID> refs = index(stored.sourceItems(), s -> s.kind() + "/" + s.ref(), SourceItem::id);
        for (SourceItem item : incoming.sourceItems()) {
            UUID holder = refs.get(item.kind() + "/" + item.ref());
            if (holder != null && !holder.equals(item.id())) {
                problems.add(new ImportProblem(0, 0, "sourceItems, " + item.kind() + " " + item.ref(),
                        "another stored source item has the same reference"));
            }
        }
        Map<String, UUID> riskLinks = index(stored.riskLinks(), l -> l.riskId() + "/" + l.targetId(), RiskLink::id);
        for (RiskLink link : incoming.riskLinks()) {
            UUID holder = riskLinks.get(link.riskId() + "/" + link.targetId());
            if (holder != null && !holder.equals(link.id())) {
                problems.add(new ImportProblem(0, 0, "riskLinks, " + link.id(), "the stored workspace already links "
                        + "this risk to this " + (link.isTask() ? "task" : "milestone")));
            }
        }
        Map<String, UUID> links = index(stored.links(), ConflictFilter::linkKey, TaskLink::id);
        for (TaskLink link : incoming.links()) {
            UUID holder = links.get(linkKey(link));
            if (holder != null && !holder.equals(link.id())) {
                problems.add(new ImportProblem(0, 0, "links, " + link.id(), "the stored workspace already links "
                        + "these two tasks as " + link.kind()));
            }
        }
        return problems;
    }

    /** The records the store does not hold yet, minus those whose parents are left out; see {@link #skipped}. */
    Filtered withoutStored(WorkspaceSnapshot incoming) {
        Set<UUID> droppedProjects = new HashSet<>();
        Set<String> codes = stored.projects().stream().map(Project::code).collect(Collectors.toSet());
        Set<UUID> storedProjects = ids(stored.projects(), Project::id);
        List<Project> projects = new ArrayList<>();
        for (Project project : incoming.projects()) {
            if (storedProjects.contains(project.id())) {
                continue;
            }
            if (codes.contains(project.code())) {
                droppedProjects.add(project.id());
            } else {
                projects.add(project);
            }
        }
        Set<UUID> storedTasks = ids(stored.tasks(), Task::id);
        Set<UUID> droppedTasks = new HashSet<>();
        List<Task> tasks = new ArrayList<>();
        for (Task task : incoming.tasks()) {
            if (task.projectId() != null && droppedProjects.contains(task.projectId())) {
                droppedTasks.add(task.id());
            } else if (!storedTasks.contains(task.id())) {
                tasks.add(task);
            }
        }
        Predicate<UUID> projectKept = id -> !droppedProjects.contains(id);
        Predicate<UUID> taskKept = id -> !droppedTasks.contains(id);

        Set<String> linkKeys = stored.links().stream().map(ConflictFilter::linkKey).collect(Collectors.toSet());
        List<TaskLink> links = keepNew(incoming.links(), stored.links(), TaskLink::id,
                l -> taskKept.test(l.fromTaskId()) && taskKept.test(l.toTaskId()) && !linkKeys.contains(linkKey(l)));
        Set<String> riskKeys = stored.risks().stream().map(r -> r.projectId() + "/" + r.key())
                .collect(Collectors.toSet());
        List<Risk> risks = keepNew(incoming.risks(), stored.risks(), Risk::id,
                r -> projectKept.test(r.projectId()) && !riskKeys.contains(r.projectId() + "/" + r.key()));
        List<Milestone> milestones = keepNew(incoming.milestones(), stored.milestones(), Milestone::id,
                m -> projectKept.test(m.projectId()));
        Set<UUID> droppedMilestones = incoming.milestones().stream()
                .filter(m -> !projectKept.test(m.projectId())).map(Milestone::id).collect(Collectors.toSet());
        Set<String> storedMilestoneTasks = stored.milestoneTasks().stream()
                .map(mt -> mt.milestoneId() + "/" + mt.taskId()).collect(Collectors.toSet());
        List<MilestoneTask> milestoneTasks = incoming.milestoneTasks().stream()
                .filter(mt -> !storedMilestoneTasks.contains(mt.milestoneId() + "/" + mt.taskId())
                        && !droppedMilestones.contains(mt.milestoneId()) && taskKept.test(mt.taskId()))
                .toList();
        List<Stakeholder> stakeholders = keepNew(incoming.stakeholders(), stored.stakeholders(), Stakeholder::id,
                s -> projectKept.test(s.projectId()));
        List<BudgetLine> budgetLines = keepNew(incoming.budgetLines(), stored.budgetLines(), BudgetLine::id,
                b -> projectKept.test(b.projectId()));
        List<Transaction> transactions = keepNew(incoming.transactions(), stored.transactions(), Transaction::id,
                t -> projectKept.test(t.projectId()));
        List<Document> documents = keepNew(incoming.documents(), stored.documents(), Document::id,
                d -> projectKept.test(d.projectId()));
        Set<String> refs = stored.sourceItems().stream().map(s -> s.kind() + "/" + s.ref())
                .collect(Collectors.toSet());
        List<SourceItem> sourceItems = keepNew(incoming.sourceItems(), stored.sourceItems(), SourceItem::id,
                s -> (s.taskId() == null || taskKept.test(s.taskId())) && !refs.contains(s.kind() + "/" + s.ref()));
        List<RiskLink> riskLinks = keptRiskLinks(incoming, risks, tasks, milestones);
        WorkspaceSnapshot kept = new WorkspaceSnapshot(projects, tasks, links, risks, milestones, milestoneTasks,
                stakeholders, budgetLines, transactions, documents, sourceItems, riskLinks);
        return new Filtered(kept, count(incoming) - count(kept));
    }

    /** New risk links whose risk and task or milestone will be in the store (kept or stored already). */
    private List<RiskLink> keptRiskLinks(WorkspaceSnapshot incoming, List<Risk> risks, List<Task> tasks,
            List<Milestone> milestones) {
        Set<UUID> present = new HashSet<>();
        present.addAll(ids(risks, Risk::id));
        present.addAll(ids(stored.risks(), Risk::id));
        present.addAll(ids(tasks, Task::id));
        present.addAll(ids(stored.tasks(), Task::id));
        present.addAll(ids(milestones, Milestone::id));
        present.addAll(ids(stored.milestones(), Milestone::id));
        Set<String> storedPairs = stored.riskLinks().stream().map(l -> l.riskId() + "/" + l.targetId())
                .collect(Collectors.toSet());
        return keepNew(incoming.riskLinks(), stored.riskLinks(), RiskLink::id, l -> present.contains(l.riskId())
                && present.contains(l.targetId()) && !storedPairs.contains(l.riskId() + "/" + l.targetId()));
    }

    record Filtered(WorkspaceSnapshot kept, int skipped) {
    }

    static int count(WorkspaceSnapshot s) {
        return s.projects().size() + s.tasks().size() + s.links().size() + s.risks().size() + s.milestones().size()
                + s.milestoneTasks().size() + s.stakeholders().size() + s.budgetLines().size()
                + s.transactions().size() + s.documents().size() + s.sourceItems().size() + s.riskLinks().size();
    }

    private static String linkKey(TaskLink link) {
        return link.fromTaskId() + "/" + link.toTaskId() + "/" + link.kind();
    }

    private static <T> List<T> keepNew(List<T> incoming, List<T> storedRows, Function<T, UUID> id,
            Predicate<T> keep) {
        Set<UUID> storedIds = ids(storedRows, id);
        return incoming.stream().filter(row -> !storedIds.contains(id.apply(row)) && keep.test(row)).toList();
    }

    private static <T> Set<UUID> ids(List<T> rows, Function<T, UUID> id) {
        return rows.stream().map(id).collect(Collectors.toSet());
    }

    private static <T> Map<String, UUID> index(List<T> rows, Function<T, String> key, Function<T, UUID> id) {
        Map<String, UUID> index = new HashMap<>();
        rows.forEach(row -> index.put(key.apply(row), id.apply(row)));
        return index;
    }
}
