package dev.quarterdeck.app.projects.risks;

import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.common.FieldProblem;
import dev.quarterdeck.core.risk.InvalidRiskException;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskDraft;
import dev.quarterdeck.core.risk.RiskHeatMap;
import dev.quarterdeck.core.risk.RiskRegister;
import dev.quarterdeck.core.risk.RiskScorePoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The risk register of one project: the rows, the heat map, the filters (text and heat-map cell), and the commands
 * (save, delete, undo), all store work in the background. Undo reverts the last change made here, from the audit
 * trail ({@link RiskRegister#undo}).
 */
public final class RisksModel {

    /** What a finished command reports: a message and whether Undo applies. */
    public record Outcome(String message, boolean undoable) {
    }

    private final ProjectTabContext context;
    private final ObservableList<RiskRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RiskRow> shown = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<RiskHeatMap.Cell> cellFilter = new SimpleObjectProperty<>(this, "cellFilter");
    private final ReadOnlyObjectWrapper<RiskHeatMap> heatMap = new ReadOnlyObjectWrapper<>(this, "heatMap",
            RiskHeatMap.of(List.of()));
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<Boolean> loaded = new ReadOnlyObjectWrapper<>(this, "loaded", false);
    private AuditEvent undoable;

    public RisksModel(ProjectTabContext context) {
        this.context = context;
        filterText.addListener((obs, old, text) -> refilter());
        cellFilter.addListener((obs, old, cell) -> refilter());
    }

    private RiskRegister register() {
        return new RiskRegister(context.store(), context.clock(), context.actor());
    }

    public void load() {
        LocalDate today = context.today();
        context.background().run("Loading risks", () -> {
            RiskRegister register = register();
            List<Risk> risks = register.list(context.projectId());
            Map<java.util.UUID, List<RiskScorePoint>> histories = register.histories(context.projectId());
            return risks.stream().map(r -> new RiskRow(r, histories.getOrDefault(r.id(), List.of()), today))
                    .toList();
        }, this::show, failure -> problem.set("Could not load the risks: " + failure.getMessage()));
    }

    private void show(List<RiskRow> loadedRows) {
        rows.setAll(loadedRows);
        heatMap.set(RiskHeatMap.of(loadedRows.stream().map(RiskRow::risk).toList()));
        problem.set("");
        loaded.set(true);
        refilter();
    }

    private void refilter() {
        String text = filterText.get();
        RiskHeatMap.Cell cell = cellFilter.get();
        shown.setPredicate(row -> row.matches(text) && (cell == null || RiskHeatMap.cellFor(row.risk()).equals(cell)));
    }

    public ObservableList<RiskRow> rows() {
        return rows;
    }

    /** The rows after the text and cell filters. */
    public FilteredList<RiskRow> shown() {
        return shown;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The heat-map cell the table is narrowed to; null for all. */
    public ObjectProperty<RiskHeatMap.Cell> cellFilterProperty() {
        return cellFilter;
    }

    public ReadOnlyObjectProperty<RiskHeatMap> heatMapProperty() {
        return heatMap.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public String nextKey() {
        return RiskRegister.nextKey(rows.stream().map(RiskRow::risk).toList());
    }

    public LocalDate today() {
        return context.today();
    }

    /** Problems found without the store (ranges, dates, key in use among the loaded risks). */
    public List<FieldProblem> check(RiskDraft draft, Risk editing) {
        return draft.problems(rows.stream().map(RiskRow::risk).toList(), editing == null ? null : editing.id());
    }

    /** Saves a new risk ({@code editing} null) or changes to {@code editing}. */
    public void save(Risk editing, RiskDraft draft, Consumer<Outcome> onDone, Consumer<List<FieldProblem>> onInvalid) {
        List<FieldProblem> problems = check(draft, editing);
        if (!problems.isEmpty()) {
            onInvalid.accept(problems);
            return;
        }
        context.background().run(editing == null ? "Adding risk" : "Saving risk", () -> {
            RiskRegister register = register();
            Risk saved = editing == null ? register.add(context.projectId(), draft) : register.update(editing, draft);
            return new Saved(saved, register.lastChange(saved.id()).orElseThrow());
        }, saved -> {
            undoable = saved.change();
            finish(onDone, new Outcome((editing == null ? "Added " : "Saved ") + saved.risk().key(), true));
        }, failure -> {
            if (failure instanceof InvalidRiskException invalid) {
                onInvalid.accept(invalid.problems());
            } else {
                onInvalid.accept(List.of(new FieldProblem("store", "Not saved: " + failure.getMessage())));
            }
        });
    }

    private record Saved(Risk risk, AuditEvent change) {
    }

    public void delete(Risk risk, Consumer<Outcome> onDone) {
        context.background().run("Deleting risk", () -> {
            RiskRegister register = register();
            register.delete(risk);
            return register.lastChange(risk.id()).orElseThrow();
        }, change -> {
            undoable = change;
            finish(onDone, new Outcome("Deleted " + risk.key() + " " + risk.title(), true));
        }, failure -> problem.set("Could not delete " + risk.key() + ": " + failure.getMessage()));
    }

    public boolean canUndo() {
        return undoable != null;
    }

    /** Reverts the last change made in this tab. */
    public void undo(Consumer<Outcome> onDone) {
        AuditEvent change = undoable;
        if (change == null) {
            return;
        }
        undoable = null;
        context.background().run("Undoing risk change", () -> register().undo(change),
                message -> finish(onDone, new Outcome(message, false)),
                failure -> problem.set("Could not undo: " + failure.getMessage()));
    }

    private void finish(Consumer<Outcome> onDone, Outcome outcome) {
        problem.set("");
        load();
        context.onChanged().run();
        onDone.accept(outcome);
    }
}
