package dev.quarterdeck.app.task;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The task drawer: the fields of {@link TaskPanelModel}, each with its error under it. Esc closes it. */
public final class TaskPanelView extends VBox {

    public static final double WIDTH = 380;

    public TaskPanelView(TaskPanelModel model) {
        setId("task-panel");
        getStyleClass().add("task-panel");
        getStylesheets().add(TaskPanelView.class.getResource("task.css").toExternalForm());
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setMaxWidth(WIDTH);
        managedProperty().bind(model.shownProperty());
        visibleProperty().bind(model.shownProperty());

        Label heading = new Label("Task");
        heading.getStyleClass().add(Styles.TITLE_4);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(null, Icons.of(Material2AL.CLOSE));
        close.setId("task-panel-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip("Close (Esc)"));
        close.setOnAction(e -> model.close());
        HBox top = new HBox(8, heading, spacer, close);
        top.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("task-panel-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        message.getStyleClass().add("panel-message");
        message.textProperty().addListener((obs, old, text) -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            message.getStyleClass().add("Saved".equals(text) ? Styles.SUCCESS : Styles.DANGER);
        });

        TextField title = new TextField();
        title.setId("task-title-field");
        title.textProperty().bindBidirectional(model.titleProperty());
        TextArea notes = new TextArea();
        notes.setId("task-notes-field");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.textProperty().bindBidirectional(model.notesProperty());

        ComboBox<TaskStatus> status = new ComboBox<>();
        status.getItems().setAll(TaskStatus.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setConverter(names(TaskStatus.class));
        status.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Horizon> horizon = new ComboBox<>();
        horizon.setId("task-horizon-field");
        horizon.getItems().setAll(Horizon.values());
        horizon.valueProperty().bindBidirectional(model.horizonProperty());
        horizon.setConverter(names(Horizon.class));
        horizon.setMaxWidth(Double.MAX_VALUE);
        CheckBox pinned = new CheckBox("Pinned");
        pinned.setTooltip(new Tooltip("A pinned horizon stays where you put it; proposals leave it alone"));
        pinned.selectedProperty().bindBidirectional(model.pinnedProperty());

        DatePicker due = new DatePicker();
        due.valueProperty().bindBidirectional(model.dueProperty());
        due.setMaxWidth(Double.MAX_VALUE);
        TextField estimate = new TextField();
        estimate.setId("task-estimate-field");
        estimate.setPromptText("30m, 2h, 1d");
        estimate.textProperty().bindBidirectional(model.estimateProperty());
        TextField owner = new TextField();
        owner.textProperty().bindBidirectional(model.ownerProperty());
        TextField project = new TextField();
        project.setId("task-project-field");
        project.setPromptText("project code, e.g. ATLAS");
        project.textProperty().bindBidirectional(model.projectCodeProperty());
        TextField source = new TextField();
        source.setId("task-source-field");
        source.setPromptText("https://…");
        source.textProperty().bindBidirectional(model.sourceUrlProperty());
        Hyperlink openSource = new Hyperlink("Open source");
        openSource.setId("task-open-source");
        openSource.setGraphic(Icons.of(Material2MZ.OPEN_IN_NEW, 14));
        openSource.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.sourceUrlProperty().get() == null || model.sourceUrlProperty().get().isBlank()
                        || !model.errorProperty(TaskDraft.SOURCE_URL).get().isEmpty(),
                model.sourceUrlProperty(), model.errorProperty(TaskDraft.SOURCE_URL)));
        openSource.setOnAction(e -> model.openSource());

        Label score = new Label();
        score.setId("task-score");
        score.getStyleClass().add(Styles.TEXT_BOLD);
        score.textProperty().bind(model.scoreTextProperty());
        VBox breakdown = new VBox(2);
        breakdown.setId("task-breakdown");
        Runnable rebuildBreakdown = () -> breakdown.getChildren().setAll(model.breakdown().stream().map(line -> {
            Label l = new Label(line);
            l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            l.setWrapText(true);
            return (Node) l;
        }).toList());
        model.breakdown().addListener((ListChangeListener<String>) c -> rebuildBreakdown.run());

        VBox dependencies = new VBox(4);
        dependencies.setId("task-dependencies");
        Runnable rebuildDependencies = () -> {
            dependencies.getChildren().clear();
            if (model.dependencies().isEmpty()) {
                Label none = new Label("No dependencies");
                none.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                dependencies.getChildren().add(none);
            }
            for (TaskPanelModel.Dependency d : model.dependencies()) {
                Label text = new Label((d.blocksThis() ? "Blocked by " : "Blocks ") + d.otherTitle());
                text.setWrapText(true);
                text.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(text, Priority.ALWAYS);
                Button remove = new Button(null, Icons.of(Material2AL.CLOSE, 14));
                remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
                remove.setTooltip(new Tooltip("Remove this dependency"));
                remove.setAccessibleText("Remove dependency on " + d.otherTitle());
                remove.setOnAction(e -> model.removeDependency(d));
                HBox row = new HBox(4, text, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                dependencies.getChildren().add(row);
            }
        };
        model.dependencies().addListener((ListChangeListener<TaskPanelModel.Dependency>) c -> rebuildDependencies.run());
        rebuildDependencies.run();

        TextField find = new TextField();
        find.setId("task-dependency-search");
        find.setPromptText("Find a task to depend on…");
        find.textProperty().addListener((obs, old, text) -> model.searchCandidates(text));
        VBox results = new VBox(2);
        results.setId("task-dependency-results");
        model.candidates().addListener((ListChangeListener<Task>) c -> results.getChildren().setAll(
                model.candidates().stream().map(candidate -> candidateRow(model, candidate, find)).toList()));

        Button save = new Button("Save");
        save.setId("task-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(model.dirtyProperty().not());
        save.setOnAction(e -> model.save());
        Button reload = new Button("Discard edits");
        reload.getStyleClass().add(Styles.FLAT);
        reload.disableProperty().bind(model.dirtyProperty().not());
        reload.setOnAction(e -> model.reload());
        HBox buttons = new HBox(8, save, reload);

        VBox form = new VBox(12,
                field("Title", title, model.errorProperty(TaskDraft.TITLE)),
                field("Notes", notes, null),
                new HBox(8, grow(field("Status", status, null)), grow(field("Horizon", horizon, null))),
                pinned,
                new HBox(8, grow(field("Due", due, null)), grow(field("Estimate", estimate,
                        model.errorProperty(TaskDraft.ESTIMATE)))),
                field("Owner", owner, model.errorProperty(TaskDraft.OWNER)),
                field("Project", project, model.errorProperty(TaskDraft.PROJECT)),
                field("Source link", source, model.errorProperty(TaskDraft.SOURCE_URL)),
                openSource,
                section("Priority"), score, breakdown,
                section("Dependencies"), dependencies, find, results,
                buttons);
        form.getStyleClass().add("task-panel-form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        getChildren().addAll(top, message, scroll);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.close();
                e.consume();
            }
        });
    }

    private static Node candidateRow(TaskPanelModel model, Task candidate, TextField find) {
        Label name = new Label(candidate.title());
        name.setMaxWidth(Double.MAX_VALUE);
        name.setWrapText(true);
        HBox.setHgrow(name, Priority.ALWAYS);
        Button blockedBy = new Button("Blocked by");
        blockedBy.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        blockedBy.setTooltip(new Tooltip("This task waits for \u201c" + candidate.title() + "\u201d"));
        blockedBy.setOnAction(e -> {
            model.addDependency(candidate.id(), true);
            find.clear();
        });
        Button blocks = new Button("Blocks");
        blocks.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        blocks.setTooltip(new Tooltip("\u201c" + candidate.title() + "\u201d waits for this task"));
        blocks.setOnAction(e -> {
            model.addDependency(candidate.id(), false);
            find.clear();
        });
        HBox row = new HBox(4, name, blockedBy, blocks);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Node grow(Node node) {
        HBox.setHgrow(node, Priority.ALWAYS);
        return node;
    }

    private static VBox field(String name, Node input, StringProperty error) {
        Label label = new Label(name);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setLabelFor(input);
        VBox box = new VBox(4, label, input);
        if (error != null) {
            Label problem = new Label();
            problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER, "field-error");
            problem.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE, 14));
            problem.setWrapText(true);
            problem.textProperty().bind(error);
            problem.managedProperty().bind(error.isNotEmpty());
            problem.visibleProperty().bind(problem.managedProperty());
            box.getChildren().add(problem);
            error.addListener((obs, old, text) -> input.pseudoClassStateChanged(Styles.STATE_DANGER,
                    !text.isEmpty()));
        }
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static <E extends Enum<E>> StringConverter<E> names(Class<E> type) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                if (value == null) {
                    return "";
                }
                String name = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
                return value == Horizon.WEEK ? "This week" : value == Horizon.MONTH ? "This month"
                        : Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }

            @Override
            public E fromString(String text) {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
            }
        };
    }
}
