package dev.quarterdeck.core.focus;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.graph.TaskGraph;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.store.StaleRecordException;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreJson;
import dev.quarterdeck.core.store.StoreTransaction;
import dev.quarterdeck.core.store.Undo;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * What the user does to tasks from the Focus screen and the task panel: each a store write by {@link Actor#USER}
 * (so it is audited and can be undone with {@link #undo()}), followed by incremental rescoring of the tasks it
 * affects. Thread-safe; call it off the UI thread.
 */
public final class TaskActions {

    private final Store store;
    private final FocusScoring scoring;
    private final Undo undo;
    private final Clock clock;

    public TaskActions(Store store, FocusScoring scoring, Clock clock) {
        this.store = Require.present(store, "store");
        this.scoring = Require.present(scoring, "scoring");
        this.undo = new Undo(store);
        this.clock = Require.present(clock, "clock");
    }

    public FocusScoring scoring() {
        return scoring;
    }

    /** Marks the task done; its horizon and pin stay as they were, so undo puts it back in the same lane. */
    public Task complete(UUID taskId) {
        return changeTask(taskId, (task, tx) -> tx.update(task.withStatus(TaskStatus.DONE, now())));
    }

    /** Pins the task to a horizon (the lane it was dragged to); pins win over proposals. */
    public Task pin(UUID taskId, Horizon horizon) {
        return changeTask(taskId, (task, tx) -> tx.update(task.withHorizon(horizon, true, now())));
    }

    /** Lets the prioritiser propose the horizon again. */
    public Task unpin(UUID taskId) {
        return changeTask(taskId, (task, tx) -> tx.update(task.withHorizon(task.horizon(), false, now())));
    }

    /**
     * One write by the user that changes a task and rescores what depends on it, in one transaction: the change,
     * its audit event and the new scores commit together (no second write for the scores).
     */
    private Task changeTask(UUID taskId, BiFunction<Task, StoreTransaction, Task> change) {
        try {
            return store.write(Actor.USER, tx -> {
                Task current = tx.tasks().find(taskId).orElseThrow(
                        () -> new StaleRecordException("That task was deleted elsewhere; reload and try again"));
                Task changed = change.apply(current, tx);
                scoring.taskChanged(changed, tx);
                return changed;
            });
        } catch (RuntimeException e) {
            // the scores held in memory may already include the change that did not commit: put back the stored task
            store.tasks().find(taskId).ifPresent(scoring::taskChanged);
            throw e;
        }
    }

    /**
     * Creates a task from a quick-add line: the title, the due date, and the project named by {@code #CODE}.
     *
     * @throws UnknownProjectException when the line names a project code that does not exist
     */
    public Task quickAdd(QuickAdd line, Horizon fallback) {
        if (line.title().isBlank()) {
            throw new IllegalArgumentException("Type what the task is, e.g. \"Send the forecast tomorrow #ATLAS\"");
        }
        UUID projectId = null;
        if (line.projectCode().isPresent()) {
            String code = line.projectCode().get();
            projectId = store.projects().findByCode(code).map(Project::id)
                    .orElseThrow(() -> new UnknownProjectException(code));
        }
        Task draft = Task.create(UUID.randomUUID(), projectId, line.title(), fallback, line.due().orElse(null),
                now());
        Task created = store.write(Actor.USER, tx -> tx.insert(draft));
        scoring.taskChanged(created);
        return store.tasks().find(created.id()).orElse(created);
    }

    /**
     * Saves an edited task. The edit must be based on the stored version.
     *
     * @throws StaleRecordException when the task was changed elsewhere since it was read
     */
    public Task save(Task edited) {
        Task saved = store.write(Actor.USER, tx -> {
            Task stored = tx.tasks().find(edited.id())
                    .orElseThrow(() -> new StaleRecordException("Task '" + edited.title()
                            + "' was deleted elsewhere; reload and try again"));
            Instant completedAt = edited.status().isOpen() ? null
                    : stored.completedAt() != null ? stored.completedAt() : now();
            return tx.update(new Task(edited.id(), edited.projectId(), edited.title(), edited.notes(),
                    edited.status(), edited.horizon(), edited.horizonPinned(), edited.due(), edited.estimate(),
                    edited.owner(), stored.score(), edited.sourceKind(), edited.sourceRef(), edited.sourceUrl(),
                    edited.createdAt(), now(), completedAt, edited.version()));
        });
        scoring.taskChanged(saved);
        return saved;
    }

    /**
     * Records that {@code blocker} must be finished before {@code blocked}.
     *
     * @throws DependencyCycleException when the dependency would close a circle; it names the circle
     */
    public TaskLink addDependency(UUID blocker, UUID blocked) {
        TaskLink link = store.write(Actor.USER, tx -> {
            TaskGraph graph = TaskGraph.of(tx.tasks().listAll(), tx.links().listAll());
            Optional<List<UUID>> cycle = graph.cycleIfAdded(blocker, blocked);
            if (cycle.isPresent()) {
                throw new DependencyCycleException(graph.describe(cycle.get()));
            }
            boolean exists = tx.links().listForTask(blocked).stream().anyMatch(
                    l -> l.kind() == LinkKind.BLOCKS && l.fromTaskId().equals(blocker) && l.toTaskId().equals(blocked));
            if (exists) {
                throw new IllegalArgumentException("That dependency is already there");
            }
            return tx.insert(new TaskLink(UUID.randomUUID(), blocker, blocked, LinkKind.BLOCKS, LinkOrigin.USER,
                    now()));
        });
        scoring.linkAdded(link);
        return link;
    }

    public void removeDependency(TaskLink link) {
        store.write(Actor.USER, tx -> {
            tx.delete(link);
            return null;
        });
        scoring.linkRemoved(link);
    }

    /** The user's change that {@link #undo()} would revert, if any. */
    public Optional<Undo.Change> undoable() {
        return undo.peek();
    }

    /**
     * Reverts the user's latest change from the audit trail (also after a restart) and rescores what it touched.
     *
     * @throws StaleRecordException when a record has been changed since; nothing is written
     */
    public Optional<Undo.Change> undo() {
        Optional<Undo.Change> change = undo.undo();
        change.ifPresent(this::rescoreAfterUndo);
        return change;
    }

    private void rescoreAfterUndo(Undo.Change change) {
        for (AuditEvent event : change.events()) {
            switch (event.entityType()) {
                case "Task" -> store.tasks().find(event.entityId()).ifPresentOrElse(scoring::taskChanged,
                        () -> scoring.taskDeleted(event.entityId()));
                case "TaskLink" -> {
                    String json = event.afterJson() != null ? event.afterJson() : event.beforeJson();
                    TaskLink link = StoreJson.read(json, TaskLink.class);
                    if (store.links().find(link.id()).isPresent()) {
                        scoring.linkAdded(link);
                    } else {
                        scoring.linkRemoved(link);
                    }
                }
                case "Project" -> store.projects().find(event.entityId()).ifPresent(scoring::projectChanged);
                default -> {
                    // other records do not feed the score
                }
            }
        }
    }

    private Instant now() {
        return clock.instant();
    }

    /** Today in the clock's zone, for parsing quick-add lines. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
