package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.graph.TaskGraph;
import dev.quarterdeck.core.ingest.IngestionPipeline;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Look-ups over one workspace snapshot that several agents and the briefing need: records by ID, by project, by
 * thread and by sender, and the critical path of each milestone. Built once per run, so that agents over a workspace of
 * 10,000 tasks stay linear instead of scanning every list for every record. Thread-safe; the derived answers are
 * computed on first use and kept.
 */
public final class WorkspaceIndex {

    private static final Comparator<Milestone> BY_DUE = Comparator.comparing(Milestone::due)
            .thenComparing(Milestone::name);

    private final Map<UUID, Project> projects = new LinkedHashMap<>();
    private final Map<String, Project> projectsByCode = new HashMap<>();
    private final Map<UUID, Task> tasks = new LinkedHashMap<>();
    private final Map<UUID, List<Task>> tasksByProject = new HashMap<>();
    private final Map<UUID, List<TaskLink>> blockingLinksByTask = new HashMap<>();
    private final Map<UUID, List<SourceItem>> itemsByTask = new HashMap<>();
    private final Map<String, Task> tasksBySource = new HashMap<>();
    private final Map<String, List<SourceItem>> itemsByThread = new HashMap<>();
    private final Map<String, List<SourceItem>> itemsByRef = new HashMap<>();
    private final Map<String, List<SourceItem>> itemsReferencing = new HashMap<>();
    private final Map<String, List<SourceItem>> itemsBySender = new HashMap<>();
    private final Map<UUID, List<Milestone>> milestonesByProject = new HashMap<>();
    private final Map<UUID, List<UUID>> tasksByMilestone = new HashMap<>();
    private final Map<UUID, List<Stakeholder>> stakeholdersByProject = new HashMap<>();
    private final Map<String, List<Stakeholder>> stakeholdersByEmail = new HashMap<>();
    private final Map<UUID, List<Risk>> risksByProject = new HashMap<>();
    private final Map<UUID, List<BudgetLine>> budgetLinesByProject = new HashMap<>();
    private final Map<UUID, List<Transaction>> transactionsByProject = new HashMap<>();

    private final Map<UUID, TaskGraph> graphsByProject = new ConcurrentHashMap<>();
    private final Map<UUID, List<UUID>> criticalPaths = new ConcurrentHashMap<>();
    private volatile Map<UUID, List<String>> blockedMilestones;
    private volatile TitleIndex openTaskTitles;

    public WorkspaceIndex(WorkspaceSnapshot workspace) {
        for (Project project : workspace.projects()) {
            projects.put(project.id(), project);
            projectsByCode.put(project.code(), project);
        }
        for (Task task : workspace.tasks()) {
            tasks.put(task.id(), task);
            if (task.projectId() != null) {
                tasksByProject.computeIfAbsent(task.projectId(), k -> new ArrayList<>()).add(task);
            }
            if (task.sourceRef() != null) {
                tasksBySource.putIfAbsent(sourceKey(task.sourceKind().name(), task.sourceRef()), task);
            }
        }
        for (TaskLink link : workspace.links()) {
            if (link.kind() == LinkKind.BLOCKS) {
                blockingLinksByTask.computeIfAbsent(link.fromTaskId(), k -> new ArrayList<>()).add(link);
                blockingLinksByTask.computeIfAbsent(link.toTaskId(), k -> new ArrayList<>()).add(link);
            }
        }
        for (SourceItem item : workspace.sourceItems()) {
            if (item.taskId() != null) {
                itemsByTask.computeIfAbsent(item.taskId(), k -> new ArrayList<>()).add(item);
            }
            if (item.threadId() != null) {
                itemsByThread.computeIfAbsent(item.threadId(), k -> new ArrayList<>()).add(item);
            }
            itemsByRef.computeIfAbsent(item.ref(), k -> new ArrayList<>()).add(item);
            if (item.senderAddress() != null) {
                itemsBySender.computeIfAbsent(normalEmail(item.senderAddress()), k -> new ArrayList<>()).add(item);
            }
            for (String reference : item.references()) {
                itemsReferencing.computeIfAbsent(IngestionPipeline.bareRef(reference), k -> new ArrayList<>())
                        .add(item);
            }
        }
        for (Milestone milestone : workspace.milestones()) {
            milestonesByProject.computeIfAbsent(milestone.projectId(), k -> new ArrayList<>()).add(milestone);
        }
        milestonesByProject.values().forEach(list -> list.sort(BY_DUE));
        for (MilestoneTask link : workspace.milestoneTasks()) {
            tasksByMilestone.computeIfAbsent(link.milestoneId(), k -> new ArrayList<>()).add(link.taskId());
        }
        for (Stakeholder stakeholder : workspace.stakeholders()) {
            stakeholdersByProject.computeIfAbsent(stakeholder.projectId(), k -> new ArrayList<>()).add(stakeholder);
            if (stakeholder.email() != null) {
                stakeholdersByEmail.computeIfAbsent(normalEmail(stakeholder.email()), k -> new ArrayList<>())
                        .add(stakeholder);
            }
        }
        for (Risk risk : workspace.risks()) {
            risksByProject.computeIfAbsent(risk.projectId(), k -> new ArrayList<>()).add(risk);
        }
        for (BudgetLine line : workspace.budgetLines()) {
            budgetLinesByProject.computeIfAbsent(line.projectId(), k -> new ArrayList<>()).add(line);
        }
        for (Transaction transaction : workspace.transactions()) {
            transactionsByProject.computeIfAbsent(transaction.projectId(), k -> new ArrayList<>()).add(transaction);
        }
    }

    public Optional<Project> project(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(projects.get(id));
    }

    public Optional<Project> projectByCode(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(projectsByCode.get(code.toUpperCase(Locale.ROOT)));
    }

    /** Projects that are proposed, active or on hold, in the workspace's order. */
    public List<Project> openProjects() {
        return projects.values().stream().filter(p -> p.status().isOpen()).toList();
    }

    /** The project's code, or "inbox" for a task without a project: how every line names where a task lives. */
    public String projectLabel(UUID projectId) {
        return project(projectId).map(Project::code).orElse("inbox");
    }

    public Optional<Task> task(UUID id) {
        return Optional.ofNullable(tasks.get(id));
    }

    public List<Task> tasksOf(UUID projectId) {
        return tasksByProject.getOrDefault(projectId, List.of());
    }

    /** The items a task was made from or matched to. */
    public List<SourceItem> itemsOf(UUID taskId) {
        return itemsByTask.getOrDefault(taskId, List.of());
    }

    /** The task made from {@code item}: the item's own link, or a task carrying the item's source and ref. */
    public Optional<Task> taskFor(SourceItem item) {
        if (item.taskId() != null && tasks.containsKey(item.taskId())) {
            return Optional.of(tasks.get(item.taskId()));
        }
        return Optional.ofNullable(tasksBySource.get(sourceKey(item.kind().name(), item.ref())));
    }

    public List<SourceItem> itemsInThread(String threadId) {
        return threadId == null ? List.of() : itemsByThread.getOrDefault(threadId, List.of());
    }

    public List<SourceItem> itemsWithRef(String ref) {
        return itemsByRef.getOrDefault(ref, List.of());
    }

    /** Items that list {@code ref} among their references. */
    public List<SourceItem> itemsReferencing(String ref) {
        return itemsReferencing.getOrDefault(ref, List.of());
    }

    /** Items sent by this address, compared without case. */
    public List<SourceItem> itemsFrom(String senderAddress) {
        return senderAddress == null ? List.of() : itemsBySender.getOrDefault(normalEmail(senderAddress), List.of());
    }

    /**
     * Open tasks whose titles share at least {@code minimum} of their significant words with {@code words}
     * (Jaccard, see {@link Words}), most similar first, then by title.
     */
    public List<Similar> openTasksWithTitleLike(Set<String> words, double minimum) {
        return titleIndex().similarTo(words, minimum);
    }

    /** Open tasks with {@code word} among the significant words of their title. */
    public List<Task> openTasksWithTitleWord(String word) {
        return titleIndex().tasksByWord.getOrDefault(word, List.of());
    }

    private TitleIndex titleIndex() {
        TitleIndex titles = openTaskTitles;
        if (titles == null) {
            titles = new TitleIndex(tasks.values().stream().filter(Task::isOpen).toList());
            openTaskTitles = titles;
        }
        return titles;
    }

    /** A task and how similar its title is to the words asked about, 0–1. */
    public record Similar(Task task, double similarity) {
    }

    /** A project's milestones by due date, then name. */
    public List<Milestone> milestonesOf(UUID projectId) {
        return milestonesByProject.getOrDefault(projectId, List.of());
    }

    public List<UUID> taskIdsOf(Milestone milestone) {
        return tasksByMilestone.getOrDefault(milestone.id(), List.of());
    }

    public List<Stakeholder> stakeholdersOf(UUID projectId) {
        return stakeholdersByProject.getOrDefault(projectId, List.of());
    }

    /** Stakeholders with this e-mail address, compared without case. */
    public List<Stakeholder> stakeholdersWithEmail(String email) {
        return email == null ? List.of() : stakeholdersByEmail.getOrDefault(normalEmail(email), List.of());
    }

    public List<Risk> risksOf(UUID projectId) {
        return risksByProject.getOrDefault(projectId, List.of());
    }

    /**
     * The project's own records as a workspace of their own: enough for the budget and health calculations, which
     * ignore other projects' records anyway, without making them scan the whole workspace once per project.
     */
    public WorkspaceSnapshot projectSlice(Project project) {
        UUID id = project.id();
        return new WorkspaceSnapshot(List.of(project), healthTasksOf(project), List.of(), risksOf(id),
                milestonesOf(id), List.of(), stakeholdersOf(id), budgetLinesByProject.getOrDefault(id, List.of()),
                transactionsByProject.getOrDefault(id, List.of()), List.of(), List.of());
    }

    /** The tasks a project's health is judged on: its own, and those its milestones depend on wherever filed. */
    public List<Task> healthTasksOf(Project project) {
        Set<Task> relevant = new LinkedHashSet<>(tasksOf(project.id()));
        for (Milestone milestone : milestonesOf(project.id())) {
            taskIdsOf(milestone).stream().map(tasks::get).filter(t -> t != null).forEach(relevant::add);
        }
        return List.copyOf(relevant);
    }

    public static boolean isOpen(Milestone milestone) {
        return milestone.status() == MilestoneStatus.PLANNED || milestone.status() == MilestoneStatus.IN_PROGRESS;
    }

    /**
     * The longest chain of open blocking tasks that ends at one of the milestone's tasks, first task first
     * ({@link TaskGraph#criticalPathTo}). Computed on the graph of the milestone's project — its tasks and those its
     * milestones depend on — which keeps each path cheap in a large workspace.
     */
    public List<UUID> criticalPath(Milestone milestone) {
        return criticalPaths.computeIfAbsent(milestone.id(),
                id -> graphOf(milestone.projectId()).criticalPathTo(taskIdsOf(milestone)));
    }

    /**
     * Names of the open milestones of open projects whose critical path runs through {@code taskId}, for the
     * prioritiser's "blocks milestone" factor.
     */
    public List<String> blockedMilestoneNames(UUID taskId) {
        Map<UUID, List<String>> blocked = blockedMilestones;
        if (blocked == null) {
            blocked = computeBlockedMilestones();
            blockedMilestones = blocked;
        }
        return blocked.getOrDefault(taskId, List.of());
    }

    private Map<UUID, List<String>> computeBlockedMilestones() {
        Map<UUID, List<String>> blocked = new HashMap<>();
        for (Project project : openProjects()) {
            for (Milestone milestone : milestonesOf(project.id())) {
                if (isOpen(milestone)) {
                    for (UUID taskId : criticalPath(milestone)) {
                        blocked.computeIfAbsent(taskId, k -> new ArrayList<>()).add(milestone.name());
                    }
                }
            }
        }
        return blocked;
    }

    private TaskGraph graphOf(UUID projectId) {
        return graphsByProject.computeIfAbsent(projectId, id -> {
            Project project = projects.get(id);
            List<Task> members = project == null ? tasksOf(id) : healthTasksOf(project);
            Set<UUID> memberIds = new HashSet<>();
            members.forEach(t -> memberIds.add(t.id()));
            Set<TaskLink> links = new LinkedHashSet<>();
            for (Task task : members) {
                for (TaskLink link : blockingLinksByTask.getOrDefault(task.id(), List.of())) {
                    if (memberIds.contains(link.fromTaskId()) && memberIds.contains(link.toTaskId())) {
                        links.add(link);
                    }
                }
            }
            return TaskGraph.of(members, links);
        });
    }

    /**
     * Significant title words of tasks, with a posting list of task positions per word, so that the titles sharing
     * words with a query are found by counting into an array rather than by comparing every title.
     */
    private static final class TitleIndex {
        private final Task[] tasks;
        private final int[] wordCounts;
        private final Map<String, int[]> postings = new HashMap<>();
        private final Map<String, List<Task>> tasksByWord = new HashMap<>();

        TitleIndex(List<Task> open) {
            tasks = open.toArray(Task[]::new);
            wordCounts = new int[tasks.length];
            Map<String, List<Integer>> positions = new HashMap<>();
            for (int i = 0; i < tasks.length; i++) {
                Set<String> words = Words.of(tasks[i].title());
                wordCounts[i] = words.size();
                for (String word : words) {
                    positions.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
                    tasksByWord.computeIfAbsent(word, k -> new ArrayList<>()).add(tasks[i]);
                }
            }
            positions.forEach((word, list) -> postings.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
        }

        List<Similar> similarTo(Set<String> words, double minimum) {
            int[] shared = new int[tasks.length];
            int[] touched = new int[tasks.length];
            int touchedCount = 0;
            for (String word : words) {
                int[] posting = postings.get(word);
                if (posting == null) {
                    continue;
                }
                for (int i : posting) {
                    if (shared[i]++ == 0) {
                        touched[touchedCount++] = i;
                    }
                }
            }
            List<Similar> similar = new ArrayList<>();
            for (int k = 0; k < touchedCount; k++) {
                int i = touched[k];
                double jaccard = (double) shared[i] / (words.size() + wordCounts[i] - shared[i]);
                if (jaccard >= minimum) {
                    similar.add(new Similar(tasks[i], jaccard));
                }
            }
            similar.sort(Comparator.comparingDouble(Similar::similarity).reversed()
                    .thenComparing(s -> s.task().title()).thenComparing(s -> s.task().id()));
            return similar;
        }
    }

    private static String sourceKey(String kind, String ref) {
        return kind + ":" + ref;
    }

    private static String normalEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
