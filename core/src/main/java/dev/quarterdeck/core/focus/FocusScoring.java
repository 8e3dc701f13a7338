package dev.quarterdeck.core.focus;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreTransaction;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keeps every open task's score and proposed horizon in the store up to date, incrementally: it holds the little
 * the prioritiser needs (tasks, blocking links, project priorities, milestone entries) in memory, and when a task,
 * link or project changes it rescores only the tasks whose score can depend on it —
 * <ul>
 * <li>a task: the task, the tasks that block it and the tasks it blocks;</li>
 * <li>a link: its two ends;</li>
 * <li>a project: the project's tasks.</li>
 * </ul>
 * Importance from milestones: a task "blocks milestone M" when it is on open milestone M, or directly blocks an open
 * task on M (one hop, so that a change never has to walk the whole graph). A pinned horizon is kept; only its
 * score changes. Results are written with {@code StoreTransaction.rescore} (derived values: no audit event, no
 * version change). Thread-safe (one lock).
 */
public final class FocusScoring {

    static final Actor ACTOR = Actor.system("prioritiser");

    private final Store store;
    private final Prioritiser prioritiser;
    private final HorizonProposer proposer = new HorizonProposer();
    private final Clock clock;
    private final Map<UUID, Task> tasks = new HashMap<>();
    private final Map<UUID, Set<UUID>> blockers = new HashMap<>();
    private final Map<UUID, Set<UUID>> dependants = new HashMap<>();
    private final Map<UUID, TaskLink> blockingLinks = new HashMap<>();
    private final Map<UUID, Priority> projectPriorities = new HashMap<>();
    private final Map<UUID, Set<UUID>> projectTasks = new HashMap<>();
    private final Map<UUID, Milestone> milestones = new HashMap<>();
    private final Map<UUID, Set<UUID>> milestonesOfTask = new HashMap<>();

    private FocusScoring(Store store, ScoreWeights weights, Clock clock) {
        this.store = store;
        this.prioritiser = new Prioritiser(weights, clock);
        this.clock = clock;
    }

    /** Reads what scoring needs from the store (one pass per table). */
    public static FocusScoring load(Store store, ScoreWeights weights, Clock clock) {
        FocusScoring scoring = new FocusScoring(store, weights, clock);
        store.projects().list().forEach(scoring::putProject);
        store.tasks().listAll().forEach(scoring::putTask);
        store.links().listAll().forEach(scoring::putLink);
        store.milestones().listAll().forEach(m -> scoring.milestones.put(m.id(), m));
        for (MilestoneTask entry : store.milestoneTasks().listAll()) {
            scoring.milestonesOfTask.computeIfAbsent(entry.taskId(), k -> new LinkedHashSet<>()).add(entry.milestoneId());
        }
        return scoring;
    }

    /** The score of a task as it stands now, with its explanation. */
    public synchronized TaskScore score(UUID taskId) {
        Task task = tasks.get(taskId);
        return task == null ? new TaskScore(0, List.of()) : prioritiser.score(inputOf(task));
    }

    /** The horizon the prioritiser proposes for a task now (the pinned one when the user pinned it). */
    public synchronized Optional<Horizon> proposedHorizon(UUID taskId) {
        Task task = tasks.get(taskId);
        return task == null ? Optional.empty()
                : Optional.of(proposer.propose(task, prioritiser.score(inputOf(task)).total(), LocalDate.now(clock)));
    }

    /** Scores every open task (after opening a store, or when weights change); returns how many changed. */
    public int rescoreAll() {
        List<UUID> open;
        synchronized (this) {
            open = tasks.values().stream().filter(Task::isOpen).map(Task::id).toList();
        }
        return rescore(open);
    }

    /** A task was created, changed or re-read; rescores it and its direct blocking neighbours. */
    public Set<UUID> taskChanged(Task task) {
        Set<UUID> affected;
        synchronized (this) {
            forget(task);
            putTask(task);
            affected = neighbourhood(task.id());
        }
        rescore(affected);
        return affected;
    }

    /** A task was deleted (with its links). */
    public Set<UUID> taskDeleted(UUID taskId) {
        Set<UUID> affected;
        synchronized (this) {
            affected = neighbourhood(taskId);
            affected.remove(taskId);
            Task removed = tasks.remove(taskId);
            if (removed != null && removed.projectId() != null) {
                projectTasks.getOrDefault(removed.projectId(), new LinkedHashSet<>()).remove(taskId);
            }
            new ArrayList<>(blockingLinks.values()).stream()
                    .filter(l -> l.fromTaskId().equals(taskId) || l.toTaskId().equals(taskId))
                    .forEach(this::dropLink);
        }
        rescore(affected);
        return affected;
    }

    /** A link was added; a blocking one changes the scores of both ends. */
    public Set<UUID> linkAdded(TaskLink link) {
        if (link.kind() != LinkKind.BLOCKS) {
            return Set.of();
        }
        synchronized (this) {
            putLink(link);
        }
        Set<UUID> affected = Set.of(link.fromTaskId(), link.toTaskId());
        rescore(affected);
        return affected;
    }

    public Set<UUID> linkRemoved(TaskLink link) {
        if (link.kind() != LinkKind.BLOCKS) {
            return Set.of();
        }
        synchronized (this) {
            dropLink(link);
        }
        Set<UUID> affected = Set.of(link.fromTaskId(), link.toTaskId());
        rescore(affected);
        return affected;
    }

    /** A project was created or changed (its priority counts for every task in it). */
    public Set<UUID> projectChanged(Project project) {
        Set<UUID> affected;
        synchronized (this) {
            putProject(project);
            affected = new LinkedHashSet<>(projectTasks.getOrDefault(project.id(), Set.of()));
        }
        rescore(affected);
        return affected;
    }

    /**
     * The task was changed inside {@code tx} (a write that is not committed yet): rescores it and its direct blocking
     * neighbours and writes their scores in the same transaction, so a change and its new scores commit together.
     * If that transaction then fails, call {@link #taskChanged(Task)} with the stored task to bring memory back.
     */
    public Set<UUID> taskChanged(Task task, StoreTransaction tx) {
        Set<UUID> affected;
        List<Rescored> changed;
        synchronized (this) {
            forget(task);
            putTask(task);
            affected = neighbourhood(task.id());
            changed = plan(affected);
        }
        write(tx, changed);
        return affected;
    }

    /** Rescores the given tasks and stores the results that differ from what is stored; returns how many did. */
    public int rescore(Collection<UUID> taskIds) {
        List<Rescored> changed;
        synchronized (this) {
            changed = plan(taskIds);
        }
        if (!changed.isEmpty()) {
            store.write(ACTOR, tx -> {
                write(tx, changed);
                return null;
            });
        }
        return changed.size();
    }

    /** Scores the tasks, keeps the new values in memory and returns those that differ from the stored ones. */
    private List<Rescored> plan(Collection<UUID> taskIds) {
        List<Rescored> changed = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (UUID id : taskIds) {
            Task task = tasks.get(id);
            if (task == null) {
                continue;
            }
            double score = prioritiser.score(inputOf(task)).total();
            Horizon horizon = task.isOpen() ? proposer.propose(task, score, today) : task.horizon();
            if (score != task.score() || horizon != task.horizon()) {
                changed.add(new Rescored(id, score, horizon));
                Task updated = task.withScore(score);
                tasks.put(id, task.horizonPinned() ? updated : updated.withHorizon(horizon, false,
                        updated.updatedAt()));
            }
        }
        return changed;
    }

    private static void write(StoreTransaction tx, List<Rescored> changed) {
        changed.forEach(r -> tx.rescore(r.taskId(), r.score(), r.horizon()));
    }

    private record Rescored(UUID taskId, double score, Horizon horizon) {
    }

    private Set<UUID> neighbourhood(UUID taskId) {
        Set<UUID> affected = new LinkedHashSet<>();
        affected.add(taskId);
        affected.addAll(blockers.getOrDefault(taskId, Set.of()));
        affected.addAll(dependants.getOrDefault(taskId, Set.of()));
        return affected;
    }

    private ScoringInput inputOf(Task task) {
        Priority priority = task.projectId() == null ? null : projectPriorities.get(task.projectId());
        return new ScoringInput(task, priority, blockedMilestones(task), false, 0, task.updatedAt(), Set.of());
    }

    private List<String> blockedMilestones(Task task) {
        Set<String> names = new TreeSet<>();
        addOpenMilestones(task.id(), names);
        for (UUID dependant : dependants.getOrDefault(task.id(), Set.of())) {
            Task blocked = tasks.get(dependant);
            if (blocked != null && blocked.isOpen()) {
                addOpenMilestones(dependant, names);
            }
        }
        return List.copyOf(names);
    }

    private void addOpenMilestones(UUID taskId, Set<String> names) {
        for (UUID milestoneId : milestonesOfTask.getOrDefault(taskId, Set.of())) {
            Milestone milestone = milestones.get(milestoneId);
            if (milestone != null && (milestone.status() == MilestoneStatus.PLANNED
                    || milestone.status() == MilestoneStatus.IN_PROGRESS)) {
                names.add(milestone.name());
            }
        }
    }

    /** Drops the task's project membership as it was before a change (the project may be another now). */
    private void forget(Task task) {
        Task previous = tasks.get(task.id());
        if (previous != null && previous.projectId() != null) {
            Set<UUID> members = projectTasks.get(previous.projectId());
            if (members != null) {
                members.remove(task.id());
            }
        }
    }

    private void putTask(Task task) {
        tasks.put(task.id(), task);
        if (task.projectId() != null) {
            projectTasks.computeIfAbsent(task.projectId(), k -> new LinkedHashSet<>()).add(task.id());
        }
    }

    private void putProject(Project project) {
        projectPriorities.put(project.id(), project.priority());
    }

    private void putLink(TaskLink link) {
        if (link.kind() != LinkKind.BLOCKS) {
            return;
        }
        blockingLinks.put(link.id(), link);
        dependants.computeIfAbsent(link.fromTaskId(), k -> new LinkedHashSet<>()).add(link.toTaskId());
        blockers.computeIfAbsent(link.toTaskId(), k -> new LinkedHashSet<>()).add(link.fromTaskId());
    }

    private void dropLink(TaskLink link) {
        blockingLinks.remove(link.id());
        dependants.getOrDefault(link.fromTaskId(), new LinkedHashSet<>()).remove(link.toTaskId());
        blockers.getOrDefault(link.toTaskId(), new LinkedHashSet<>()).remove(link.fromTaskId());
    }
}
