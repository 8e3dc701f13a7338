package dev.quarterdeck.app.projects.budget;

import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.app.projects.registers.LastChange;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.BudgetLineDraft;
import dev.quarterdeck.core.budget.LedgerDraft;
import dev.quarterdeck.core.budget.LedgerPaste;
import dev.quarterdeck.core.budget.ProgressBasis;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.common.FieldProblem;
import dev.quarterdeck.core.common.Ids;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Budget tab's state and commands: loads {@link BudgetData} in the background, saves and deletes budget lines
 * and ledger entries, and books pasted CSV rows all together or not at all.
 */
public final class BudgetModel {

    private final ProjectTabContext context;
    private final LastChange lastChange;
    private final ReadOnlyObjectWrapper<BudgetData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObjectProperty<ProgressBasis> basis = new SimpleObjectProperty<>(this, "basis",
            ProgressBasis.TASK_EFFORT);

    public BudgetModel(ProjectTabContext context) {
        this.context = context;
        this.lastChange = new LastChange(context, this::load);
        basis.addListener((obs, old, value) -> load());
    }

    public void load() {
        ProgressBasis chosen = basis.get();
        context.background().run("Loading budget",
                () -> BudgetData.read(context.store(), context.projectId(), chosen, context.today()),
                loaded -> {
                    problem.set("");
                    data.set(loaded);
                }, failure -> problem.set("Could not load the budget: " + failure.getMessage()));
    }

    public ReadOnlyObjectProperty<BudgetData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What percent complete is measured on for earned value. */
    public ObjectProperty<ProgressBasis> basisProperty() {
        return basis;
    }

    private List<BudgetLine> lines() {
        return data.get() == null ? List.of() : data.get().lines();
    }

    public void saveLine(BudgetLine editing, BudgetLineDraft draft, Runnable onDone,
            Consumer<List<FieldProblem>> onInvalid) {
        List<FieldProblem> problems = draft.problems(lines(), editing == null ? null : editing.id());
        if (!problems.isEmpty()) {
            onInvalid.accept(problems);
            return;
        }
        write(editing == null ? "Adding budget line" : "Saving budget line",
                (editing == null ? "Added budget line " : "Saved budget line ") + draft.category(), tx -> {
            List<FieldProblem> current = draft.problems(tx.budgetLines().listByProject(context.projectId()),
                    editing == null ? null : editing.id());
            if (!current.isEmpty()) {
                throw new Invalid(current);
            }
            return editing == null
                    ? tx.insert(draft.toLine(Ids.newId(), context.projectId(), context.clock().instant(), 0))
                    : tx.update(draft.toLine(editing.id(), editing.projectId(), context.clock().instant(),
                            editing.version()));
        }, onDone, onInvalid);
    }

    public void deleteLine(BudgetLine line, Runnable onDone) {
        write("Deleting budget line", "Deleted budget line " + line.category(), tx -> {
            tx.delete(line);
            return null;
        }, onDone, problems -> problem.set(problems.get(0).reason()));
    }

    public void saveEntry(Transaction editing, LedgerDraft draft, Runnable onDone,
            Consumer<List<FieldProblem>> onInvalid) {
        List<FieldProblem> problems = draft.problems();
        if (!problems.isEmpty()) {
            onInvalid.accept(problems);
            return;
        }
        write(editing == null ? "Booking ledger entry" : "Saving ledger entry",
                editing == null ? "Booked a ledger entry" : "Saved a ledger entry", tx -> editing == null
                ? tx.insert(draft.toTransaction(Ids.newId(), context.clock().instant(), 0))
                : tx.update(draft.toTransaction(editing.id(), context.clock().instant(), editing.version())),
                onDone, onInvalid);
    }

    public void deleteEntry(Transaction entry, Runnable onDone) {
        write("Deleting ledger entry", "Deleted a ledger entry", tx -> {
            tx.delete(entry);
            return null;
        }, onDone, problems -> problem.set(problems.get(0).reason()));
    }

    /** Reads the pasted rows; books them all in one transaction only when every row is valid. */
    public void paste(String text, Consumer<Integer> onBooked, Consumer<List<FieldProblem>> onInvalid) {
        LedgerPaste.Result result = LedgerPaste.read(text, lines(), context.clock().instant());
        if (!result.isValid()) {
            onInvalid.accept(result.problems());
            return;
        }
        write("Booking pasted rows", "Booked " + result.transactions().size() + " pasted rows", tx -> {
            result.transactions().forEach(tx::insert);
            return null;
        }, () -> onBooked.accept(result.transactions().size()), onInvalid);
    }

    /** The tab's last change, for its Undo notice and Ctrl+Z. */
    public LastChange changes() {
        return lastChange;
    }

    private <R> void write(String title, String description, dev.quarterdeck.core.store.StoreWriter<R> work,
            Runnable onDone, Consumer<List<FieldProblem>> onInvalid) {
        lastChange.write(title, description, work, result -> {
            load();
            onDone.run();
        }, failure -> onInvalid.accept(failure instanceof Invalid invalid ? invalid.problems
                : List.of(new FieldProblem("store", "Not saved: " + failure.getMessage()))));
    }

    /** Problems found inside the write transaction (another window changed the lines meanwhile). */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<FieldProblem> problems;

        Invalid(List<FieldProblem> problems) {
            super(problems.get(0).reason());
            this.problems = problems;
        }
    }
}
