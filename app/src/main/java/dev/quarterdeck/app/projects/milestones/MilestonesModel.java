package dev.quarterdeck.app.projects.milestones;

import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.app.projects.registers.LastChange;
import dev.quarterdeck.core.common.FieldProblem;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneDraft;
import dev.quarterdeck.core.milestone.MilestoneTask;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The Milestones tab's state and commands; a milestone and its task links are saved in one transaction. */
public final class MilestonesModel {

    private final ProjectTabContext context;
    private final LastChange lastChange;
    private final ReadOnlyObjectWrapper<MilestonesData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public MilestonesModel(ProjectTabContext context) {
        this.context = context;
        this.lastChange = new LastChange(context, this::load);
    }

    public void load() {
        context.background().run("Loading milestones",
                () -> MilestonesData.read(context.store(), context.projectId(), context.today()), loaded -> {
                    problem.set("");
                    data.set(loaded);
                }, failure -> problem.set("Could not load the milestones: " + failure.getMessage()));
    }

    public ReadOnlyObjectProperty<MilestonesData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void save(Milestone editing, MilestoneDraft draft, Set<UUID> linkedTasks, Runnable onDone,
            Consumer<List<FieldProblem>> onInvalid) {
        List<FieldProblem> problems = draft.problems(context.today());
        if (!problems.isEmpty()) {
            onInvalid.accept(problems);
            return;
        }
        lastChange.write(editing == null ? "Adding milestone" : "Saving milestone",
                (editing == null ? "Added milestone " : "Saved milestone ") + draft.name().trim(), tx -> {
            Milestone saved = editing == null
                    ? tx.insert(draft.toMilestone(Ids.newId(), context.projectId(), context.clock().instant(), 0))
                    : tx.update(draft.toMilestone(editing.id(), editing.projectId(), context.clock().instant(),
                            editing.version()));
            List<MilestoneTask> current = tx.milestoneTasks().listByMilestone(saved.id());
            for (MilestoneTask link : current) {
                if (!linkedTasks.contains(link.taskId())) {
                    tx.delete(link);
                }
            }
            for (UUID task : linkedTasks) {
                if (current.stream().noneMatch(l -> l.taskId().equals(task))) {
                    tx.insert(new MilestoneTask(saved.id(), task));
                }
            }
            return saved;
        }, saved -> {
            load();
            onDone.run();
        }, failure -> onInvalid.accept(List.of(new FieldProblem("store", "Not saved: " + failure.getMessage()))));
    }

    /** Deletes the milestone with its task links (the tasks stay). */
    public void delete(Milestone milestone, Runnable onDone) {
        lastChange.write("Deleting milestone", "Deleted milestone " + milestone.name(), tx -> {
            tx.delete(milestone);
            return null;
        }, done -> {
            load();
            onDone.run();
        }, failure -> problem.set("Could not delete " + milestone.name() + ": " + failure.getMessage()));
    }

    /** Marks the milestone done today. */
    public void complete(Milestone milestone, Runnable onDone) {
        lastChange.write("Completing milestone", "Completed " + milestone.name(),
                tx -> tx.update(MilestoneDraft.completed(milestone, context.today(), context.clock().instant())),
                saved -> {
                    load();
                    onDone.run();
                }, failure -> problem.set("Could not complete " + milestone.name() + ": " + failure.getMessage()));
    }

    /** The tab's last change, for its Undo notice and Ctrl+Z. */
    public LastChange changes() {
        return lastChange;
    }
}
