package dev.quarterdeck.app.projects.tasks;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.quarterdeck.app.focus.DueText;
import dev.quarterdeck.app.projects.ProjectTab;
import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.app.projects.ProjectTexts;
import dev.quarterdeck.app.ui.EmptyState;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A project's tasks in a sortable, editable table: status, horizon, due date and owner are edited in place
 * (double-click or F2), Space or "Complete" finishes the selected task, the field on top adds one.
 */
public final class ProjectTasksTab {

    private final ProjectTasksModel model;
    private final ProjectTabContext context;

    public ProjectTasksTab(ProjectTabContext context) {
        this(context, null);
    }

    /**
     * @param pageTasks the project's tasks as the page just read them (shown without reading them again), or null
     *                  to read them
     */
    public ProjectTasksTab(ProjectTabContext context, java.util.List<Task> pageTasks) {
        this.context = context;
        this.model = new ProjectTasksModel(context, pageTasks);
    }

    public ProjectTasksModel model() {
        return model;
    }

    public Node view() {
        TableView<Task> table = new TableView<>();
        table.setId("project-tasks-table");
        SortedList<Task> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        context.navigation().showIn(ProjectTab.TASKS, table, Task::id);
        table.setEditable(true);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(32);
        table.setPlaceholder(new EmptyState(Material2AL.ASSIGNMENT, "No tasks here",
                "Add the first task above, or clear the filter."));

        TableColumn<Task, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        title.setPrefWidth(360);

        TableColumn<Task, TaskStatus> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(ComboBoxTableCell.forTableColumn(words(), TaskStatus.values()));
        status.setOnEditCommit(e -> model.setStatus(e.getRowValue(), e.getNewValue()));
        status.setPrefWidth(100);

        TableColumn<Task, Horizon> horizon = new TableColumn<>("Horizon");
        horizon.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().horizon()));
        horizon.setCellFactory(ComboBoxTableCell.forTableColumn(words(), Horizon.values()));
        horizon.setOnEditCommit(e -> model.setHorizon(e.getRowValue(), e.getNewValue()));
        horizon.setPrefWidth(100);

        TableColumn<Task, String> due = new TableColumn<>("Due");
        due.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().due() == null ? ""
                : c.getValue().due().toString()));
        due.setCellFactory(c -> new DueCell(model));
        due.setOnEditCommit(e -> model.setDue(e.getRowValue(), e.getNewValue()));
        due.setPrefWidth(150);

        TableColumn<Task, String> owner = new TableColumn<>("Owner");
        owner.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().owner() == null ? ""
                : c.getValue().owner()));
        owner.setCellFactory(TextFieldTableCell.forTableColumn());
        owner.setOnEditCommit(e -> model.setOwner(e.getRowValue(), e.getNewValue()));
        owner.setPrefWidth(130);

        TableColumn<Task, Number> score = new TableColumn<>("Score");
        score.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Math.round(c.getValue().score())));
        score.setStyle("-fx-alignment: center-right;");
        score.setPrefWidth(70);

        TableColumn<Task, String> source = new TableColumn<>("Source");
        source.setCellValueFactory(c -> new ReadOnlyStringWrapper(Icons.sourceName(c.getValue().sourceKind())));
        source.setPrefWidth(110);

        for (TableColumn<Task, ?> column : List.of(title, score, source)) {
            column.setEditable(false);
        }
        due.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        table.getColumns().setAll(List.of(title, status, horizon, due, owner, score, source));

        TextField add = new TextField();
        add.setId("project-task-add");
        add.setPromptText("Add a task to this project and press Enter");
        add.setOnAction(e -> {
            model.add(add.getText());
            add.clear();
        });
        HBox.setHgrow(add, Priority.ALWAYS);
        TextField filter = new TextField();
        filter.setId("project-task-filter");
        filter.setPromptText("Filter by title or owner…");
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefWidth(240);
        CheckBox finished = new CheckBox("Show done");
        finished.selectedProperty().bindBidirectional(model.showFinishedProperty());
        Button complete = new Button("Complete", Icons.of(Material2AL.CHECK));
        complete.setId("project-task-complete");
        complete.setTooltip(new Tooltip("Mark the selected task done (Space)"));
        complete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        complete.setOnAction(e -> completeSelected(table));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE && table.getEditingCell() == null) {
                completeSelected(table);
                e.consume();
            }
        });
        Label counts = new Label();
        counts.textProperty().bind(model.countsProperty());
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        counts.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(8, add, filter, finished, complete, counts);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add(Styles.DANGER);
        problem.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE, 14));
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, toolbar, problem, table);
        box.setId("project-tab-tasks");
        box.setStyle("-fx-padding: 16 0 0 0;");
        model.load();
        return box;
    }

    private void completeSelected(TableView<Task> table) {
        Task selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.complete(selected);
        }
    }

    private static <E extends Enum<E>> StringConverter<E> words() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : ProjectTexts.words(value);
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("chosen from a list");
            }
        };
    }

    /** Shows "overdue 3 d" or the date; edits the ISO date as text. */
    private static final class DueCell extends TextFieldTableCell<Task, String> {

        private final ProjectTasksModel model;

        DueCell(ProjectTasksModel model) {
            super(new javafx.util.converter.DefaultStringConverter());
            this.model = model;
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("overdue");
            Task task = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size() ? null
                    : getTableView().getItems().get(getIndex());
            if (task == null || isEditing()) {
                return;
            }
            if (task.due() == null) {
                setText("—");
            } else if (task.isOpen()) {
                setText(DueText.of(task.due(), model.today()).text());
                if (task.isOverdue(model.today())) {
                    getStyleClass().add("overdue");
                }
            } else {
                setText(ProjectTexts.date(task.due()));
            }
        }
    }
}
