package dev.quarterdeck.app.graph;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.task.TaskPanelModel;
import dev.quarterdeck.app.task.TaskPanelView;
import dev.quarterdeck.app.ui.EmptyState;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.app.ui.Page;
import dev.quarterdeck.core.graph.GraphCycle;
import dev.quarterdeck.core.graph.GraphFilter;
import dev.quarterdeck.core.graph.GraphWindow;
import dev.quarterdeck.core.graph.WorkspaceGraph;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.TaskStatus;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The task graph screen: a filter bar (project, source, status, window), Fit / zoom / zoom-to-selection and the
 * critical-path switch; a banner naming blocking cycles; the canvas with a legend under it; the selected task's
 * details on the right, and "Open task" opens the task drawer over them. Views only: state and work live in {@link GraphModel}.
 */
public final class GraphView extends StackPane {

    private static final String STYLESHEET = "/dev/quarterdeck/app/graph/graph.css";

    private final GraphModel model;
    private final GraphCanvas canvas = new GraphCanvas();
    private final Message cycleBanner = new Message("A blocking cycle in your tasks", "",
            Icons.of(Material2AL.ERROR_OUTLINE));
    private final GraphDetailsPanel details;
    private final EmptyState noTasks = new EmptyState(Material2AL.ACCOUNT_TREE, "No tasks to draw",
            "Add a task on the Focus screen (Ctrl+1) or import tasks; they appear here in lanes from Today to "
                    + "Later, ordered by what blocks what.");
    private final EmptyState nothingMatches = new EmptyState(Material2AL.FILTER_ALT, "No task matches the filters",
            "Widen the window or clear a filter to see tasks again.");
    private final Label loading = new Label("Laying out the graph\u2026");
    private final Page page;

    /** The graph with the task drawer over its right side ({@code panel}, opened by "Open task" or a double-click). */
    public GraphView(GraphModel model, TaskPanelModel panel) {
        this.model = model;
        setId("graph");
        getStylesheets().add(GraphView.class.getResource(STYLESHEET).toExternalForm());
        details = new GraphDetailsPanel(model, () -> canvas.zoomTo(model.selectedProperty().get()));

        cycleBanner.setId("graph-cycles");
        cycleBanner.getStyleClass().add(Styles.DANGER);
        cycleBanner.setManaged(false);
        cycleBanner.setVisible(false);

        noTasks.setId("graph-empty");
        nothingMatches.setId("graph-no-match");
        loading.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane stage = new StackPane(canvas, noTasks, nothingMatches, loading);
        stage.getStyleClass().add("graph-stage");
        stage.setMinSize(0, 0);
        VBox.setVgrow(stage, Priority.ALWAYS);

        HBox.setHgrow(stage, Priority.ALWAYS);
        HBox canvasAndDetails = new HBox(12, stage, details);
        VBox.setVgrow(canvasAndDetails, Priority.ALWAYS);
        VBox body = new VBox(8, toolbar(), cycleBanner, canvasAndDetails, legend());
        page = new Page("Graph", body);
        page.subtitle().setId("graph-summary");
        // the same drawer as on Focus, over the right of the graph so that the canvas keeps its size
        TaskPanelView drawer = new TaskPanelView(panel);
        StackPane.setAlignment(drawer, Pos.CENTER_RIGHT);
        getChildren().addAll(page, drawer);
        // Esc closes the drawer first (before the canvas takes it to clear the selection)
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && panel.shownProperty().get()) {
                panel.close();
                e.consume();
            }
        });

        canvas.onSelect(model::select);
        canvas.onOpen(model::openTask);
        model.selectedProperty().addListener((obs, old, id) -> showSelection(id));
        model.pictureProperty().addListener((obs, old, picture) -> showPicture(picture));
        model.phaseProperty().addListener((obs, old, phase) -> updateStates());
        showSelection(null);
        showPicture(model.pictureProperty().get());
    }

    private HBox toolbar() {
        MenuButton projects = new MenuButton();
        projects.setId("graph-filter-project");
        model.projects().addListener((javafx.collections.ListChangeListener<Project>) change ->
                fillProjects(projects));
        fillProjects(projects);

        MenuButton sources = checkMenu("graph-filter-source", "Source", List.of(SourceKind.values()),
                dev.quarterdeck.app.ui.Icons::sourceName, GraphFilter::sources,
                (filter, chosen) -> filter.withSources(chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen)));
        MenuButton statuses = checkMenu("graph-filter-status", "Status", List.of(TaskStatus.values()),
                status -> NodeDetails.words(status.name()), GraphFilter::statuses,
                (filter, chosen) -> filter.withStatuses(chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen)));

        ToggleGroup windows = new ToggleGroup();
        HBox windowButtons = new HBox();
        GraphWindow[] all = GraphWindow.values();
        for (int i = 0; i < all.length; i++) {
            GraphWindow window = all[i];
            ToggleButton button = new ToggleButton(window.title());
            button.setId("graph-window-" + window.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(windows);
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            button.setSelected(model.filterProperty().get().window() == window);
            button.setOnAction(e -> {
                button.setSelected(true);
                model.setWindow(window);
            });
            windowButtons.getChildren().add(button);
        }

        ToggleButton critical = new ToggleButton("Critical path", Icons.of(Material2MZ.TIMELINE));
        critical.setId("graph-critical");
        critical.setSelected(true);
        critical.setTooltip(new Tooltip("Highlight the longest chain of blocking tasks before each milestone"));
        critical.selectedProperty().addListener((obs, old, on) -> canvas.setShowCritical(on));

        Button fit = new Button("Fit", Icons.of(Material2MZ.ZOOM_OUT_MAP));
        fit.setId("graph-fit");
        fit.setTooltip(new Tooltip("Show the whole graph (0)"));
        fit.setOnAction(e -> canvas.fit());
        Button locate = new Button(null, Icons.of(Material2MZ.MY_LOCATION));
        locate.setId("graph-zoom-selection");
        locate.setTooltip(new Tooltip("Zoom to the selected task"));
        locate.disableProperty().bind(model.selectedProperty().isNull());
        locate.setOnAction(e -> canvas.zoomTo(model.selectedProperty().get()));

        Slider zoom = new Slider(GraphCanvas.MIN_ZOOM, GraphCanvas.MAX_ZOOM, 1);
        zoom.setId("graph-zoom");
        zoom.setPrefWidth(120);
        zoom.valueProperty().bindBidirectional(canvas.zoomProperty());
        zoom.setTooltip(new Tooltip("Zoom (+ and \u2212, or the mouse wheel)"));
        Label percent = new Label();
        percent.getStyleClass().addAll(Styles.TEXT_MUTED, "graph-zoom-label");
        percent.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(canvas.zoomProperty().get() * 100) + " %", canvas.zoomProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, projects, sources, statuses, windowButtons, spacer, critical, locate, fit, zoom,
                percent);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("graph-toolbar");
        return bar;
    }

    private void fillProjects(MenuButton button) {
        List<Project> projects = List.copyOf(model.projects());
        checkMenu(button, "Project", projects, Project::code, GraphFilter::projectIds,
                (filter, chosen) -> filter.withProjects(chosen.stream().map(Project::id).collect(Collectors.toSet())),
                Project::id);
    }

    private <T> MenuButton checkMenu(String id, String name, List<T> values, Function<T, String> label,
            Function<GraphFilter, Set<T>> current, java.util.function.BiFunction<GraphFilter, Set<T>, GraphFilter> apply) {
        MenuButton button = new MenuButton();
        button.setId(id);
        return checkMenu(button, name, values, label, current, apply, Function.identity());
    }

    /**
     * A menu of check boxes that stays open while the user ticks; the button names what is chosen ("Status: Todo,
     * Doing") or "all". {@code key} maps a value to what the filter stores.
     */
    private <T, K> MenuButton checkMenu(MenuButton button, String name, List<T> values, Function<T, String> label,
            Function<GraphFilter, Set<K>> current, java.util.function.BiFunction<GraphFilter, Set<T>, GraphFilter> apply,
            Function<T, K> key) {
        button.getItems().clear();
        Set<K> chosenKeys = current.apply(model.filterProperty().get());
        Set<T> chosen = new HashSet<>();
        for (T value : values) {
            CheckBox box = new CheckBox(label.apply(value));
            box.setSelected(chosenKeys.contains(key.apply(value)));
            if (box.isSelected()) {
                chosen.add(value);
            }
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    chosen.add(value);
                } else {
                    chosen.remove(value);
                }
                model.filterProperty().set(apply.apply(model.filterProperty().get(), Set.copyOf(chosen)));
                button.setText(caption(name, values, chosen, label));
            });
            CustomMenuItem item = new CustomMenuItem(box);
            item.setHideOnClick(false);
            button.getItems().add(item);
        }
        button.setText(caption(name, values, chosen, label));
        return button;
    }

    private static <T> String caption(String name, List<T> values, Set<T> chosen, Function<T, String> label) {
        if (chosen.isEmpty()) {
            return name + ": all";
        }
        String names = values.stream().filter(chosen::contains).map(label).collect(Collectors.joining(", "));
        return name + ": " + (names.length() > 24 ? chosen.size() + " chosen" : names);
    }

    private FlowPane legend() {
        FlowPane legend = new FlowPane(14, 4);
        legend.setId("graph-legend");
        legend.getStyleClass().add("graph-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getChildren().add(heading("Status"));
        for (TaskStatus status : TaskStatus.values()) {
            legend.getChildren().add(swatch("graph-swatch-" + status.name().toLowerCase(Locale.ROOT),
                    NodeDetails.words(status.name())));
        }
        legend.getChildren().addAll(separator(), heading("Border"),
                swatch("graph-swatch-band-high", "Score \u2265 70"),
                swatch("graph-swatch-band-medium", "45\u201369"),
                swatch("graph-swatch-band-low", "< 45"),
                separator(), heading("Links"),
                line("graph-line-blocks", "blocks / parent \u2192"),
                line("graph-line-loose", "reply, reference, thread, related"),
                line("graph-line-critical", "critical path"),
                line("graph-line-cycle", "cycle"),
                new Label("", Icons.labelled(Material2AL.LOCK, "Blocked by an open task")));
        ((Label) legend.getChildren().get(legend.getChildren().size() - 1)).setText("blocked");
        return legend;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return label;
    }

    private static Label swatch(String styleClass, String text) {
        Region box = new Region();
        box.getStyleClass().addAll("graph-swatch", styleClass);
        Label label = new Label(text, box);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        return label;
    }

    private static Label line(String styleClass, String text) {
        Region stroke = new Region();
        stroke.getStyleClass().addAll("graph-line", styleClass);
        Label label = new Label(text, stroke);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        return label;
    }

    private static Region separator() {
        Region line = new Region();
        line.getStyleClass().add("graph-legend-separator");
        return line;
    }

    private void showPicture(GraphPicture picture) {
        canvas.setPicture(picture);
        WorkspaceGraph graph = picture.graph();
        List<GraphCycle> cycles = graph.cycles();
        cycleBanner.setVisible(!cycles.isEmpty());
        cycleBanner.setManaged(!cycles.isEmpty());
        if (!cycles.isEmpty()) {
            cycleBanner.setTitle(cycles.size() == 1 ? "A blocking cycle in your tasks"
                    : cycles.size() + " blocking cycles in your tasks");
            cycleBanner.setDescription(cycles.stream().map(GraphCycle::description)
                    .collect(Collectors.joining("\n")) + "\nThese tasks wait for one another, so none can finish "
                    + "first. Remove one of the dependencies; the cycle's links are drawn dashed in red.");
        }
        page.subtitle().setText(model.phaseProperty().get() == GraphModel.Phase.IDLE ? "" : model.summary());
        updateStates();
        showSelection(model.selectedProperty().get());
    }

    private void updateStates() {
        GraphModel.Phase phase = model.phaseProperty().get();
        WorkspaceGraph graph = model.pictureProperty().get().graph();
        boolean ready = phase == GraphModel.Phase.READY;
        loading.setVisible(phase == GraphModel.Phase.LOADING && graph.isEmpty());
        if (phase == GraphModel.Phase.FAILED) {
            loading.setText("The graph could not be drawn: " + model.failureProperty().get());
            loading.setVisible(true);
        }
        noTasks.setVisible(ready && graph.totalTasks() == 0);
        nothingMatches.setVisible(ready && graph.isEmpty() && graph.totalTasks() > 0);
        canvas.setVisible(!graph.isEmpty());
        if (ready) {
            page.subtitle().setText(model.summary());
        }
    }

    private void showSelection(UUID id) {
        canvas.setSelected(id);
        boolean shown = id != null && model.pictureProperty().get().indexOf(id).isPresent();
        details.setVisible(shown);
        details.setManaged(shown);
        details.show(shown ? model.selectedDetails() : java.util.Optional.empty());
    }

    /** The canvas, for tests that click nodes. */
    GraphCanvas canvas() {
        return canvas;
    }
}
