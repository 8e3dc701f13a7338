package dev.quarterdeck.app.projects.stakeholders;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.app.projects.ProjectTexts;
import dev.quarterdeck.app.projects.registers.RegisterUi;
import dev.quarterdeck.app.projects.registers.Snackbar;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.stakeholder.StakeholderQuadrant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Stakeholders tab: the table (with cadence, last contact and "update due" as text and colour), the
 * power/interest grid, add/edit in a drawer and "Log contact".
 */
public final class StakeholdersTab {

    private final StakeholdersModel model;
    private final StackPane root = RegisterUi.root("project-stakeholders");
    private final Snackbar snackbar = new Snackbar(root);
    private final ObservableList<Stakeholder> all = FXCollections.observableArrayList();
    private final FilteredList<Stakeholder> shown = new FilteredList<>(all);
    private final TableView<Stakeholder> table = new TableView<>();
    private final PowerInterestGrid grid = new PowerInterestGrid(this::select);
    private final StakeholderForm form = new StakeholderForm();
    private final VBox drawer = new VBox(12);
    private final Label drawerTitle = new Label();
    private final Label summary = new Label();
    private Stakeholder editing;

    public StakeholdersTab(ProjectTabContext context) {
        this.model = new StakeholdersModel(context);
        build();
        model.stakeholdersProperty().addListener((obs, old, list) -> show(list));
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

        TextField filter = RegisterUi.filterField("Filter stakeholders…", "stakeholder-filter");
        filter.textProperty().addListener((obs, old, text) -> shown.setPredicate(s -> matches(s, text)));
        Button add = RegisterUi.accentButton("Add stakeholder", Material2AL.ADD, "stakeholder-add");
        add.setOnAction(e -> open(null));
        Button edit = RegisterUi.button("Edit", Material2AL.EDIT, "stakeholder-edit");
        edit.setOnAction(e -> open(table.getSelectionModel().getSelectedItem()));
        Button contact = RegisterUi.button("Log contact", Material2MZ.PHONE_IN_TALK, "stakeholder-contact");
        contact.setOnAction(e -> logContact());
        contact.setTooltip(new javafx.scene.control.Tooltip("Record that you updated this person today"));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        contact.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button delete = RegisterUi.button("Delete", Material2AL.DELETE_OUTLINE, "stakeholder-delete");
        delete.setOnAction(e -> deleteSelected());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        summary.setId("stakeholder-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);

        buildTable();
        VBox tableCard = RegisterUi.card("Stakeholders", RegisterUi.toolbar(2, filter, summary, contact, edit, delete, add),
                table);
        HBox.setHgrow(tableCard, Priority.ALWAYS);
        VBox gridCard = RegisterUi.card("Power / interest", grid);
        gridCard.setMinWidth(340);
        gridCard.setMaxWidth(340);
        HBox body = new HBox(12, tableCard, gridCard);
        VBox content = new VBox(12, problem, body);
        content.setStyle("-fx-padding: 16;");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        buildDrawer();
        BorderPane layout = new BorderPane(scroll);
        layout.setRight(drawer);
        root.getChildren().add(layout);
        RegisterUi.undoOnShortcut(root, model.changes()::canUndo, this::undo);
    }

    private void buildTable() {
        table.setId("stakeholder-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(RegisterUi.muted("No stakeholders yet — add the people whose support the project "
                + "needs."));
        table.setPrefHeight(32 * 12 + 40);
        SortedList<Stakeholder> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<Stakeholder, LocalDate> last = RegisterUi.numberColumn("Last contact",
                s -> s.lastContact() == null ? LocalDate.MIN : s.lastContact(),
                s -> s.lastContact() == null ? "never" : ProjectTexts.date(s.lastContact()), 110);
        last.getStyleClass().remove("number-column");
        TableColumn<Stakeholder, Boolean> due = RegisterUi.flaggedColumn("Update", s -> !due(s),
                this::dueText, s -> due(s) ? "flag-warning" : null, s -> due(s) ? Material2MZ.NOTIFICATIONS_ACTIVE
                        : null, 150);
        table.getColumns().setAll(List.of(
                RegisterUi.column("Name", Stakeholder::name, 140),
                RegisterUi.column("Role", s -> nz(s.role()), 130),
                RegisterUi.column("Organisation", s -> nz(s.organisation()), 130),
                RegisterUi.numberColumn("Infl.", Stakeholder::influence, s -> String.valueOf(s.influence()), 56),
                RegisterUi.numberColumn("Int.", Stakeholder::interest, s -> String.valueOf(s.interest()), 56),
                RegisterUi.column("Quadrant", s -> StakeholderQuadrant.of(s).label(), 120),
                RegisterUi.column("Cadence", s -> s.cadence() == null ? "—" : "every " + s.cadence().toDays() + " d",
                        90),
                last, due));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<Stakeholder> row = new javafx.scene.control.TableRow<>() {
                @Override
                protected void updateItem(Stakeholder item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(empty || item == null || item.email() == null ? null
                            : new javafx.scene.control.Tooltip(item.email()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
    }

    private boolean due(Stakeholder s) {
        return s.isDueForUpdate(model.today());
    }

    private String dueText(Stakeholder s) {
        if (s.cadence() == null) {
            return "no cadence";
        }
        if (s.lastContact() == null) {
            return "due: never contacted";
        }
        long days = ChronoUnit.DAYS.between(model.today(), s.lastContact().plusDays(s.cadence().toDays()));
        if (days <= 0) {
            return days == 0 ? "due today" : "due, " + -days + " d late";
        }
        return "in " + days + " d";
    }

    private static boolean matches(Stakeholder s, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return s.name().toLowerCase(Locale.ROOT).contains(needle)
                || (s.role() != null && s.role().toLowerCase(Locale.ROOT).contains(needle))
                || (s.organisation() != null && s.organisation().toLowerCase(Locale.ROOT).contains(needle))
                || (s.email() != null && s.email().toLowerCase(Locale.ROOT).contains(needle));
    }

    private void show(List<Stakeholder> list) {
        all.setAll(list);
        grid.show(list, model.today());
        long due = list.stream().filter(this::due).count();
        summary.setText(list.size() + (list.size() == 1 ? " person" : " people") + " · " + due
                + " due for an update");
    }

    private void select(Stakeholder s) {
        table.getItems().stream().filter(x -> x.id().equals(s.id())).findFirst().ifPresent(x -> {
            table.getSelectionModel().select(x);
            table.scrollTo(x);
        });
    }

    private void buildDrawer() {
        drawer.getStyleClass().add("register-drawer");
        drawer.setId("stakeholder-drawer");
        drawer.setPrefWidth(340);
        drawerTitle.getStyleClass().add(Styles.TITLE_4);
        Button save = RegisterUi.accentButton("Save", Material2AL.CHECK, "stakeholder-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = RegisterUi.button("Cancel", null, "stakeholder-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> closeDrawer());
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        drawer.getChildren().addAll(drawerTitle, scroll, new HBox(8, save, cancel));
        closeDrawer();
    }

    private void open(Stakeholder stakeholder) {
        editing = stakeholder;
        if (stakeholder == null) {
            drawerTitle.setText("New stakeholder");
            form.fillNew();
        } else {
            drawerTitle.setText("Edit " + stakeholder.name());
            form.fill(stakeholder);
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
        Stakeholder current = editing;
        model.save(current, form.draft(), () -> {
            closeDrawer();
            snackbar.show(current == null ? "Stakeholder added" : "Stakeholder saved", this::undo);
        }, form::show);
    }

    private void logContact() {
        Stakeholder selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.logContact(selected, () -> snackbar.show("Logged today's contact with " + selected.name(),
                    this::undo));
        }
    }

    private void deleteSelected() {
        Stakeholder selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.delete(selected, () -> snackbar.show("Deleted " + selected.name(), this::undo));
        }
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private void undo() {
        snackbar.undo(model.changes());
    }
}
