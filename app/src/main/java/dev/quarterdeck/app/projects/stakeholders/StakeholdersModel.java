package dev.quarterdeck.app.projects.stakeholders;

import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.app.projects.registers.LastChange;
import dev.quarterdeck.core.common.FieldProblem;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.stakeholder.StakeholderDraft;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The Stakeholders tab's state and commands: load, save, and "log contact" (last contact = today). */
public final class StakeholdersModel {

    private final ProjectTabContext context;
    private final LastChange lastChange;
    private final ReadOnlyObjectWrapper<List<Stakeholder>> stakeholders = new ReadOnlyObjectWrapper<>(this,
            "stakeholders", List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public StakeholdersModel(ProjectTabContext context) {
        this.context = context;
        this.lastChange = new LastChange(context, this::load);
    }

    public void load() {
        context.background().run("Loading stakeholders", () -> context.store().stakeholders()
                .listByProject(context.projectId()).stream()
                .sorted(Comparator.comparingInt((Stakeholder s) -> -s.influence() * s.interest())
                        .thenComparing(Stakeholder::name))
                .toList(), loaded -> {
                    problem.set("");
                    stakeholders.set(loaded);
                }, failure -> problem.set("Could not load the stakeholders: " + failure.getMessage()));
    }

    public ReadOnlyObjectProperty<List<Stakeholder>> stakeholdersProperty() {
        return stakeholders.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public java.time.LocalDate today() {
        return context.today();
    }

    public void save(Stakeholder editing, StakeholderDraft draft, Runnable onDone,
            Consumer<List<FieldProblem>> onInvalid) {
        List<FieldProblem> problems = draft.problems(context.today());
        if (!problems.isEmpty()) {
            onInvalid.accept(problems);
            return;
        }
        lastChange.write(editing == null ? "Adding stakeholder" : "Saving stakeholder",
                (editing == null ? "Added " : "Saved ") + draft.name().trim(), tx -> editing == null
                ? tx.insert(draft.toStakeholder(Ids.newId(), context.projectId(), context.clock().instant(), 0))
                : tx.update(draft.toStakeholder(editing.id(), editing.projectId(), context.clock().instant(),
                        editing.version())), saved -> {
                            load();
                            onDone.run();
                        }, failure -> onInvalid.accept(List.of(new FieldProblem("store", "Not saved: "
                                + failure.getMessage()))));
    }

    public void delete(Stakeholder stakeholder, Runnable onDone) {
        lastChange.write("Deleting stakeholder", "Deleted " + stakeholder.name(), tx -> {
            tx.delete(stakeholder);
            return null;
        }, done -> {
            load();
            onDone.run();
        }, failure -> problem.set("Could not delete " + stakeholder.name() + ": " + failure.getMessage()));
    }

    public void logContact(Stakeholder stakeholder, Runnable onDone) {
        lastChange.write("Logging contact", "Logged a contact with " + stakeholder.name(), tx -> tx.update(StakeholderDraft.contacted(stakeholder, context.today(),
                context.clock().instant())), saved -> {
                    load();
                    onDone.run();
                }, failure -> problem.set("Could not log the contact: " + failure.getMessage()));
    }

    /** The tab's last change, for its Undo notice and Ctrl+Z. */
    public LastChange changes() {
        return lastChange;
    }
}
