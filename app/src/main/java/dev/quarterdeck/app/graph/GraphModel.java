package dev.quarterdeck.app.graph;

import dev.quarterdeck.app.background.BackgroundJob;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.graph.GraphBuilder;
import dev.quarterdeck.core.graph.GraphFilter;
import dev.quarterdeck.core.graph.GraphNode;
import dev.quarterdeck.core.graph.GraphRecords;
import dev.quarterdeck.core.graph.GraphWindow;
import dev.quarterdeck.core.graph.WorkspaceGraph;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph screen's state. {@link #reload()} reads the records from the store, builds the graph and lays it out
 * in one background job (progress and cancel in the status bar); a filter change rebuilds and lays out again from
 * the records already read. A newer job cancels the one still running. No controls here; the view binds to it.
 */
public final class GraphModel {

    public enum Phase {
        /** Nothing requested yet. */
        IDLE,
        LOADING,
        READY,
        FAILED
    }

    private static final Logger LOG = LoggerFactory.getLogger(GraphModel.class);

    private final BackgroundTasks background;
    private final Supplier<Store> store;
    private final Clock clock;
    /** Made on first use, in the background: its ELK classes come from signed jars that are slow to load. */
    private GraphLayout layout;
    private final ObjectProperty<GraphFilter> filter = new SimpleObjectProperty<>(this, "filter", GraphFilter.ALL);
    private final ReadOnlyObjectWrapper<GraphPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture",
            GraphPicture.EMPTY);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Project> projects = FXCollections.observableArrayList();
    private Map<UUID, Project> projectsById = Map.of();
    private GraphRecords records;
    private BackgroundJob running;
    private boolean warmed;
    private Consumer<UUID> onOpenTask = id -> { };

    public GraphModel(BackgroundTasks background, Supplier<Store> store, Clock clock) {
        this.background = background;
        this.store = store;
        this.clock = clock;
        filter.addListener((obs, old, now) -> {
            if (records != null) {
                run("Laying out the task graph", () -> records);
            }
        });
    }

    /** Reads the workspace again and redraws; the selection stays if the task is still shown. */
    public void reload() {
        run("Loading the task graph", () -> read(store.get()));
    }

    /** Reloads only when the screen has been shown before (the shell calls this when the workspace changed). */
    public void refreshIfShown() {
        if (phase.get() != Phase.IDLE) {
            reload();
        }
    }

    /** Prepares ELK in the background once, so that the first layout the user waits for is a warm one. */
    public void warmUp() {
        if (warmed) {
            return;
        }
        warmed = true;
        background.run("Preparing the graph layout", () -> {
            GraphLayout.warmUp();
            return null;
        }, done -> { }, e -> LOG.warn("Warming up the graph layout failed", e));
    }

    private void run(String title, Supplier<GraphRecords> source) {
        if (running != null) {
            running.cancel();
        }
        phase.set(Phase.LOADING);
        GraphFilter chosen = filter.get();
        running = background.run(title, progress -> {
            progress.update(0.05, "reading tasks and links");
            GraphRecords read = source.get();
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            progress.update(0.25, "building the graph");
            WorkspaceGraph graph = GraphBuilder.build(read, chosen, clock.instant());
            progress.update(0.4, "laying out " + graph.nodes().size() + " tasks");
            GraphPicture laid = layout().layout(graph, chosen.window(), progress::isCancelled);
            return new Loaded(read, laid);
        }, this::show, this::fail);
    }

    private synchronized GraphLayout layout() {
        if (layout == null) {
            layout = new GraphLayout();
        }
        return layout;
    }

    private record Loaded(GraphRecords records, GraphPicture picture) {
    }

    private static GraphRecords read(Store store) {
        return new GraphRecords(store.projects().list(), store.tasks().listAll(), store.links().listAll(),
                store.milestones().listAll(), store.milestoneTasks().listAll(), store.sourceItems().listAll());
    }

    private void show(Loaded loaded) {
        running = null;
        records = loaded.records();
        if (!projects.equals(records.projects())) {
            projects.setAll(records.projects());
        }
        projectsById = records.projects().stream().collect(Collectors.toUnmodifiableMap(Project::id,
                Function.identity()));
        picture.set(loaded.picture());
        if (selected.get() != null && loaded.picture().indexOf(selected.get()).isEmpty()) {
            selected.set(null);
        }
        failure.set("");
        phase.set(Phase.READY);
    }

    private void fail(Throwable error) {
        running = null;
        if (error instanceof CancellationException) {
            return;
        }
        failure.set(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
        phase.set(Phase.FAILED);
    }

    /** Details of the selected task, empty when nothing is selected. */
    public Optional<NodeDetails> selectedDetails() {
        UUID id = selected.get();
        if (id == null) {
            return Optional.empty();
        }
        GraphPicture current = picture.get();
        return current.indexOf(id).map(i -> NodeDetails.of(current.node(i), current.graph(), projectsById, clock));
    }

    public void select(UUID taskId) {
        selected.set(taskId);
    }

    /** Asks the app to open the task panel for a task (wired by the composition root). */
    public void openTask(UUID taskId) {
        if (taskId != null) {
            onOpenTask.accept(taskId);
        }
    }

    /** The hook for "open this task": the shell wires it to the task panel. */
    public void setOnOpenTask(Consumer<UUID> action) {
        this.onOpenTask = action == null ? id -> { } : action;
    }

    public ObjectProperty<GraphFilter> filterProperty() {
        return filter;
    }

    public void setWindow(GraphWindow window) {
        filter.set(filter.get().withWindow(window));
    }

    public ReadOnlyObjectProperty<GraphPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    /** The workspace's projects, for the project filter. */
    public ObservableList<Project> projects() {
        return projects;
    }

    /** "58 tasks · 31 links · 3 critical paths", or why nothing is drawn. */
    public String summary() {
        WorkspaceGraph graph = picture.get().graph();
        long paths = graph.criticalPaths().stream().filter(p -> p.tasks().size() > 1).count();
        return count(graph.nodes().size(), "task") + " · " + count(graph.edges().size(), "link") + " · "
                + count((int) paths, "critical path") + (graph.nodes().size() < graph.totalTasks()
                        ? " (" + (graph.totalTasks() - graph.nodes().size()) + " hidden by filters)" : "");
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The first node in the picture, for tests and "select first". */
    List<GraphNode> nodes() {
        return picture.get().graph().nodes();
    }
}
