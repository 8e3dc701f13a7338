package dev.quarterdeck.app.projects.milestones;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.focus.DueText;
import dev.quarterdeck.app.projects.ProjectTab;
import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.app.projects.ProjectTexts;
import dev.quarterdeck.app.projects.registers.RegisterUi;
import dev.quarterdeck.app.projects.registers.Snackbar;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.task.Task;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Milestones tab: milestones with due, status, completion, slip and linked tasks, late ones flagged with the
 * reason; add, edit and complete. Below, the project's action items: open tasks with an owner and a due date.
 */
public final class MilestonesTab {

    private final ProjectTabContext context;
    private final MilestonesModel model;
    private final StackPane root = RegisterUi.root("project-milestones");
    private final Snackbar snackbar = new Snackbar(root);
    private final TableView<MilestoneRow> table = new TableView<>();
    private final TableView<Task> actions = new TableView<>();
    private final MilestoneForm form = new MilestoneForm();
    private final VBox drawer = new VBox(12);
    private final Label drawerTitle = new Label();
    private final Label summary = new Label();
    private MilestoneRow editing;

    public MilestonesTab(ProjectTabContext context) {
        this.context = context;
        this.model = new MilestonesModel(context);
        build();
        context.navigation().showIn(ProjectTab.MILESTONES, table, row -> row.milestone().id());
        model.dataProperty().addListener((obs, old, data) -> show(data));
        model.load();
    }

    public Node view() {
        return root;
    }

    private void build() {
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button add = RegisterUi.accentButton("Add milestone", Material2AL.ADD, "milestone-add");
        add.setOnAction(e -> open(null));
        Button edit = RegisterUi.button("Edit", Material2AL.EDIT, "milestone-edit");
        edit.setOnAction(e -> open(table.getSelectionModel().getSelectedItem()));
        Button complete = RegisterUi.button("Complete", Material2AL.CHECK, "milestone-complete");
        complete.setOnAction(e -> completeSelected());
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        complete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button delete = RegisterUi.button("Delete", Material2AL.DELETE_OUTLINE, "milestone-delete");
        delete.setOnAction(e -> deleteSelected());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        summary.setId("milestone-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);

        buildTable();
        buildActions();
        VBox milestones = RegisterUi.card("Milestones", RegisterUi.toolbar(1, summary, edit, complete, delete, add), table);
        VBox actionCard = RegisterUi.card("Action items", RegisterUi.muted("Open tasks with an owner and a due date "
                + "— what someone promised by when, from meetings, mail and documents."), actions);
        VBox content = new VBox(12, problem, milestones, actionCard);
        content.setStyle("-fx-padding: 16;");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        buildDrawer();
        BorderPane layout = new BorderPane(scroll);
        layout.setRight(drawer);
        root.getChildren().add(layout);
        RegisterUi.undoOnShortcut(root, model.changes()::canUndo, this::undo);
    }

    private void buildTable() {
        table.setId("milestone-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(RegisterUi.muted("No milestones yet — add the dates that matter to see slips early."));
        table.setPrefHeight(32 * 8 + 40);
        LocalDate today = context.today();
        TableColumn<MilestoneRow, LocalDate> due = RegisterUi.numberColumn("Due", r -> r.milestone().due(),
                r -> ProjectTexts.date(r.milestone().due()), 110);
        due.getStyleClass().remove("number-column");
        TableColumn<MilestoneRow, Long> slip = RegisterUi.flaggedColumn("Slip", r -> r.milestone().slipDays(),
                r -> slipText(r.milestone()), r -> r.milestone().slipDays() > 0 ? "flag-warning" : null, null, 110);
        TableColumn<MilestoneRow, String> late = RegisterUi.flaggedColumn("Late",
                r -> r.lateReason().orElse(""), r -> r.lateReason().map(reason -> "late: " + reason)
                        .orElse(r.milestone().status() == MilestoneStatus.DONE ? "reached" : "on track"),
                r -> r.isLate() ? "flag-danger" : r.milestone().status() == MilestoneStatus.DONE ? "flag-ok" : null,
                r -> r.isLate() ? Material2AL.ERROR_OUTLINE : null, 240);
        table.getColumns().setAll(List.of(
                RegisterUi.column("Milestone", r -> r.milestone().name(), 220),
                due,
                RegisterUi.column("Baseline", r -> ProjectTexts.date(r.milestone().baselineDue()), 110),
                RegisterUi.column("Status", r -> ProjectTexts.words(r.milestone().status()), 100),
                RegisterUi.column("Completed", r -> ProjectTexts.date(r.milestone().completed()), 110),
                slip,
                RegisterUi.column("Linked tasks", MilestoneRow::linkedText, 120),
                late));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<MilestoneRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
    }

    private static String slipText(Milestone m) {
        long days = m.slipDays();
        if (days == 0) {
            return "on baseline";
        }
        return days > 0 ? "+" + days + (days == 1 ? " day" : " days") : days + (days == -1 ? " day" : " days");
    }

    private void buildActions() {
        actions.setId("action-items");
        actions.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        actions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        actions.setPlaceholder(RegisterUi.muted("No open action items — tasks get here once they have an owner and a "
                + "due date."));
        actions.setPrefHeight(32 * 8 + 40);
        LocalDate today = context.today();
        TableColumn<Task, LocalDate> due = RegisterUi.flaggedColumn("Due", Task::due,
                t -> DueText.of(t.due(), today).text(), t -> t.isOverdue(today) ? "flag-danger" : null,
                t -> t.isOverdue(today) ? Material2AL.ERROR_OUTLINE : null, 150);
        actions.getColumns().setAll(List.of(
                RegisterUi.column("Action", Task::title, 360),
                RegisterUi.column("Owner", Task::owner, 140),
                due,
                RegisterUi.column("Status", t -> ProjectTexts.words(t.status()), 100),
                RegisterUi.column("From", t -> Icons.sourceName(t.sourceKind()), 120)));
    }

    private void show(MilestonesData data) {
        if (data == null) {
            return;
        }
        table.getItems().setAll(data.milestones());
        actions.getItems().setAll(data.actionItems());
        long late = data.milestones().stream().filter(MilestoneRow::isLate).count();
        long done = data.milestones().stream().filter(r -> r.milestone().status() == MilestoneStatus.DONE).count();
        summary.setText(data.milestones().size() + " milestones · " + done + " reached · " + late + " late");
    }

    private void buildDrawer() {
        drawer.getStyleClass().add("register-drawer");
        drawer.setId("milestone-drawer");
        drawer.setPrefWidth(360);
        drawerTitle.getStyleClass().add(Styles.TITLE_4);
        Button save = RegisterUi.accentButton("Save", Material2AL.CHECK, "milestone-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = RegisterUi.button("Cancel", null, "milestone-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> closeDrawer());
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        drawer.getChildren().addAll(drawerTitle, scroll, new HBox(8, save, cancel));
        closeDrawer();
    }

    private void open(MilestoneRow row) {
        MilestonesData data = model.dataProperty().get();
        if (data == null) {
            return;
        }
        editing = row;
        if (row == null) {
            drawerTitle.setText("New milestone");
            form.fillNew(data.tasks(), context.today());
        } else {
            drawerTitle.setText("Edit " + row.milestone().name());
            form.fill(row, data.tasks());
        }
        drawer.setVisible(true);
        drawer.setManaged(true);
        form.first().requestFocus();
    }

    private void closeDrawer() {
        drawer.setVisible(false);
        drawer.setManaged(false);
        form.clear();
    }

    private void save() {
        form.clear();
        Milestone current = editing == null ? null : editing.milestone();
        model.save(current, form.draft(), form.linkedTasks(), () -> {
            closeDrawer();
            snackbar.show(current == null ? "Milestone added" : "Milestone saved", this::undo);
        }, form::show);
    }

    private void completeSelected() {
        MilestoneRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || row.milestone().status() == MilestoneStatus.DONE) {
            return;
        }
        model.complete(row.milestone(), () -> snackbar.show(row.milestone().name() + " reached today", this::undo));
    }

    private void deleteSelected() {
        MilestoneRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.delete(row.milestone(), () -> snackbar.show("Deleted " + row.milestone().name(), this::undo));
        }
    }

    private void undo() {
        snackbar.undo(model.changes());
    }
}
