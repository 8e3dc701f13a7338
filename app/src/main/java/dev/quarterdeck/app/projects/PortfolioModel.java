package dev.quarterdeck.app.projects;

import dev.quarterdeck.app.projects.intake.IntakeModel;
import dev.quarterdeck.core.project.DeletedProject;
import dev.quarterdeck.core.project.Health;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskHeatMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The portfolio: every project with its health, tasks, top risk, budget and next milestone; filters by status,
 * health, owner and heat-map cell; the metrics and heat map over what the filters show; the undo of a deletion.
 */
public final class PortfolioModel {

    /** A risk-matrix cell the user clicked: projects with an active risk rated so. */
    public record Cell(int likelihood, int impact) {
    }

    /** "Any" in the owner filter. */
    public static final String ANY_OWNER = "Any owner";

    private final ObservableList<ProjectSummary> projects = FXCollections.observableArrayList();
    private final FilteredList<ProjectSummary> shown = new FilteredList<>(projects);
    private final ObjectProperty<ProjectStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Health.Level> health = new SimpleObjectProperty<>();
    private final StringProperty owner = new SimpleStringProperty(ANY_OWNER);
    private final ObjectProperty<Cell> cell = new SimpleObjectProperty<>();
    private final ObservableList<String> owners = FXCollections.observableArrayList(ANY_OWNER);
    private final ReadOnlyObjectWrapper<PortfolioMetrics> metrics = new ReadOnlyObjectWrapper<>(this, "metrics",
            PortfolioMetrics.of(List.of()));
    private final ReadOnlyObjectWrapper<RiskHeatMap> heatMap = new ReadOnlyObjectWrapper<>(this, "heatMap",
            RiskHeatMap.of(List.of()));
    private final ReadOnlyObjectWrapper<DeletedProject> undoable = new ReadOnlyObjectWrapper<>(this, "undoable");
    private final StringProperty notice = new SimpleStringProperty("");
    private final Consumer<UUID> openProject;
    private Supplier<IntakeModel> newIntake = () -> {
        throw new IllegalStateException("no store to create projects in");
    };
    private Consumer<DeletedProject> restore = deleted -> { };

    public PortfolioModel(Consumer<UUID> openProject) {
        this.openProject = openProject;
        status.addListener((obs, old, now) -> refilter());
        health.addListener((obs, old, now) -> refilter());
        owner.addListener((obs, old, now) -> refilter());
        cell.addListener((obs, old, now) -> refilter());
    }

    public void show(List<ProjectSummary> loaded) {
        projects.setAll(loaded);
        owners.setAll(java.util.stream.Stream.concat(java.util.stream.Stream.of(ANY_OWNER),
                loaded.stream().map(p -> p.project().owner()).filter(Objects::nonNull).distinct().sorted()).toList());
        if (!owners.contains(owner.get())) {
            owner.set(ANY_OWNER);
        }
        refilter();
    }

    private void refilter() {
        shown.setPredicate(p -> passesListFilters(p)
                && (cell.get() == null || p.activeRisks().stream().anyMatch(this::inCell)));
        metrics.set(PortfolioMetrics.of(shown));
        // the heat map ignores its own cell filter, so the matrix stays put while a cell is chosen
        heatMap.set(PortfolioMetrics.of(projects.stream().filter(this::passesListFilters).toList()).heatMap());
    }

    private boolean passesListFilters(ProjectSummary p) {
        return (status.get() == null || p.project().status() == status.get())
                && (health.get() == null || p.health().level() == health.get())
                && (owner.get() == null || ANY_OWNER.equals(owner.get()) || owner.get().equals(p.project().owner()));
    }

    /** Active risks of the open projects the status, health and owner filters let through. */
    public ReadOnlyObjectProperty<RiskHeatMap> heatMapProperty() {
        return heatMap.getReadOnlyProperty();
    }

    private boolean inCell(Risk risk) {
        return risk.likelihood() == cell.get().likelihood() && risk.impact() == cell.get().impact();
    }

    /** Every project loaded. */
    public ObservableList<ProjectSummary> projects() {
        return projects;
    }

    /** The projects the filters let through. */
    public ObservableList<ProjectSummary> shown() {
        return shown;
    }

    /** Null: any status. */
    public ObjectProperty<ProjectStatus> statusFilter() {
        return status;
    }

    /** Null: any health. */
    public ObjectProperty<Health.Level> healthFilter() {
        return health;
    }

    public StringProperty ownerFilter() {
        return owner;
    }

    /** Null: no heat-map cell chosen. */
    public ObjectProperty<Cell> cellFilter() {
        return cell;
    }

    public ObservableList<String> owners() {
        return owners;
    }

    public void clearFilters() {
        status.set(null);
        health.set(null);
        owner.set(ANY_OWNER);
        cell.set(null);
    }

    public ReadOnlyObjectProperty<PortfolioMetrics> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public void open(ProjectSummary project) {
        openProject.accept(project.project().id());
    }

    // ---- new project and the undo of a deletion

    public void useIntake(Supplier<IntakeModel> factory) {
        this.newIntake = factory;
    }

    public IntakeModel newIntake() {
        return newIntake.get();
    }

    public void useRestore(Consumer<DeletedProject> action) {
        this.restore = action;
    }

    /** Offers "Undo" for a project just deleted. */
    public void offerUndo(DeletedProject deleted) {
        undoable.set(deleted);
        notice.set("Deleted " + deleted.name() + " (" + deleted.code() + ").");
    }

    public ReadOnlyObjectProperty<DeletedProject> undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    /** A short message over the list: what was deleted, restored, or why a restore failed. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public void undo() {
        DeletedProject deleted = undoable.get();
        if (deleted != null) {
            undoable.set(null);
            notice.set("Restoring " + deleted.code() + "…");
            restore.accept(deleted);
        }
    }

    public void dismissNotice() {
        undoable.set(null);
        notice.set("");
    }
}
