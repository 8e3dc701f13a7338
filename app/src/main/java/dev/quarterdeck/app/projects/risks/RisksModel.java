package dev.quarterdeck.app.projects.risks;

import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.app.projects.registers.LastChange;
import dev.quarterdeck.core.common.FieldProblem;
import dev.quarterdeck.core.risk.InvalidRiskException;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskLink;
import dev.quarterdeck.core.risk.RiskDraft;
import dev.quarterdeck.core.risk.RiskHeatMap;
import dev.quarterdeck.core.risk.RiskRegister;
import dev.quarterdeck.core.risk.RiskScorePoint;
import dev.quarterdeck.core.task.Task;
import java.time.LocalDate;
import java.util.List;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * (save, delete, undo), all store work in the background. Undo reverts the last change made here through the app's
 * one undo ({@link LastChange}).
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
    private final LastChange lastChange;
    private Linkable linkable = new Linkable(List.of(), List.of());

    public RisksModel(ProjectTabContext context) {
        this.context = context;
        this.lastChange = new LastChange(context, this::load);
        filterText.addListener((obs, old, text) -> refilter());
        cellFilter.addListener((obs, old, cell) -> refilter());
    }

    private RiskRegister register() {
        return new RiskRegister(context.store(), context.clock(), context.actor());
    }

    /** The project's tasks and milestones a risk can be linked to. */
    public record Linkable(List<Task> tasks, List<Milestone> milestones) {
    }

    private record Loaded(List<RiskRow> rows, Linkable linkable) {
    }

    public void load() {
        LocalDate today = context.today();
        context.background().run("Loading risks", () -> {
            RiskRegister register = register();
            UUID projectId = context.projectId();
            List<Risk> risks = register.list(projectId);
            Map<UUID, List<RiskScorePoint>> histories = register.histories(projectId);
            Map<UUID, List<RiskLink>> links = register.links(projectId);
            Linkable linkable = new Linkable(context.store().tasks().listByProject(projectId),
                    context.store().milestones().listByProject(projectId));
            Map<UUID, LinkedWork> work = new HashMap<>();
            linkable.tasks().forEach(t -> work.put(t.id(), new LinkedWork(t.id(), true,
                    t.title() + (t.isOpen() ? "" : " (done)"))));
            linkable.milestones().forEach(m -> work.put(m.id(), new LinkedWork(m.id(), false,
                    m.name() + (m.status() == MilestoneStatus.DONE ? " (done)" : ""))));
            List<RiskRow> loadedRows = risks.stream().map(r -> new RiskRow(r, histories.getOrDefault(r.id(),
                    List.of()), today, links.getOrDefault(r.id(), List.of()).stream()
                            .map(l -> work.get(l.targetId())).filter(java.util.Objects::nonNull)
                            .sorted(Comparator.comparing((LinkedWork w) -> !w.task()).thenComparing(LinkedWork::label))
                            .toList()))
                    .toList();
            return new Loaded(loadedRows, linkable);
        }, this::show, failure -> problem.set("Could not load the risks: " + failure.getMessage()));
    }

    /** What the form offers to link, as last loaded. */
    public Linkable linkable() {
        return linkable;
    }

    private void show(Loaded loadedData) {
        List<RiskRow> loadedRows = loadedData.rows();
        linkable = loadedData.linkable();
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

    /**
     * Saves a new risk ({@code editing} null) or changes to {@code editing}, with exactly these linked tasks and
     * milestones, as one change.
     */
    public void save(Risk editing, RiskDraft draft, Set<UUID> taskIds, Set<UUID> milestoneIds,
            Consumer<Outcome> onDone, Consumer<List<FieldProblem>> onInvalid) {
        List<FieldProblem> problems = check(draft, editing);
        if (!problems.isEmpty()) {
            onInvalid.accept(problems);
            return;
        }
        String message = (editing == null ? "Added " : "Saved ") + draft.key().trim();
        lastChange.write(editing == null ? "Adding risk" : "Saving risk", message, tx -> {
            Risk saved = editing == null ? register().add(tx, context.projectId(), draft)
                    : register().update(tx, editing, draft);
            RiskRegister.relink(tx, saved, taskIds, milestoneIds);
            return saved;
        }, saved -> finish(onDone, new Outcome(message, true)),
                failure -> {
                    if (failure instanceof InvalidRiskException invalid) {
                        onInvalid.accept(invalid.problems());
                    } else {
                        onInvalid.accept(List.of(new FieldProblem("store", "Not saved: " + failure.getMessage())));
                    }
                });
    }

    public void delete(Risk risk, Consumer<Outcome> onDone) {
        String message = "Deleted " + risk.key() + " " + risk.title();
        lastChange.write("Deleting risk", message, tx -> {
            tx.delete(risk);
            return null;
        }, done -> finish(onDone, new Outcome(message, true)),
                failure -> problem.set("Could not delete " + risk.key() + ": " + failure.getMessage()));
    }

    public boolean canUndo() {
        return lastChange.canUndo();
    }

    /** Reverts the last change made in this tab. */
    public void undo(Consumer<Outcome> onDone) {
        lastChange.undo(message -> {
            problem.set("");
            onDone.accept(new Outcome(message, false));
        }, problem::set);
    }

    /** After a write (whose context already told the page to reload): this tab's rows, then the notice. */
    private void finish(Consumer<Outcome> onDone, Outcome outcome) {
        problem.set("");
        load();
        onDone.accept(outcome);
    }
}
