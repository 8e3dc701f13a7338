package dev.quarterdeck.app.projects.risks;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.focus.DueText;
import dev.quarterdeck.app.projects.ProjectTab;
import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.app.projects.ProjectTexts;
import dev.quarterdeck.app.projects.registers.RegisterUi;
import dev.quarterdeck.app.projects.registers.Snackbar;
import dev.quarterdeck.core.risk.Risk;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Risks tab of a project page: heat map (click a cell to filter), the register table, details and score history
 * of the selected risk, and a right-hand drawer to add or edit one. Delete is undoable (snackbar or Ctrl+Z).
 */
public final class RisksTab {


    private final RisksModel model;
    private final ProjectTabContext context;
    private final StackPane root = RegisterUi.root("project-risks");
    private final Snackbar snackbar = new Snackbar(root);
    private final TableView<RiskRow> table = new TableView<>();
    private final HeatMapView heatMap;
    private final RiskForm form = new RiskForm();
    private final VBox drawer = new VBox(12);
    private final Label drawerTitle = new Label();
    private final VBox details = new VBox(6);
    private final Label problem = new Label();
    private Risk editing;

    public RisksTab(ProjectTabContext context) {
        this.context = context;
        this.model = new RisksModel(context);
        this.heatMap = new HeatMapView(model.cellFilterProperty());
        build();
        model.load();
    }

    public Node view() {
        return root;
    }

    private void build() {
        TextField filter = RegisterUi.filterField("Filter risks…", "risk-filter");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        Button clearCell = RegisterUi.button("", Material2AL.CLOSE, "risk-cell-clear");
        clearCell.getStyleClass().add(Styles.SMALL);
        clearCell.setOnAction(e -> model.cellFilterProperty().set(null));
        clearCell.visibleProperty().bind(model.cellFilterProperty().isNotNull());
        clearCell.managedProperty().bind(clearCell.visibleProperty());
        model.cellFilterProperty().addListener((obs, old, cell) -> clearCell.setText(cell == null ? ""
                : "L" + cell.likelihood() + " × I" + cell.impact() + " only"));
        Button add = RegisterUi.accentButton("Add risk", Material2AL.ADD, "risk-add");
        add.setOnAction(e -> openNew());
        Button edit = RegisterUi.button("Edit", Material2AL.EDIT, "risk-edit");
        edit.setOnAction(e -> openSelected());
        Button delete = RegisterUi.button("Delete", Material2AL.DELETE_OUTLINE, "risk-delete");
        delete.setOnAction(e -> deleteSelected());
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox toolbar = RegisterUi.toolbar(2, filter, clearCell, edit, delete, add);

        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        buildTable();
        model.heatMapProperty().addListener((obs, old, map) -> heatMap.show(map));
        heatMap.show(model.heatMapProperty().get());
        VBox heatCard = RegisterUi.card("Heat map", heatMap);
        heatCard.setMinWidth(300);
        heatCard.setMaxWidth(300);

        details.setId("risk-details");
        VBox detailsCard = RegisterUi.card("Selected risk", details);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> showDetails(row));
        showDetails(null);

        VBox left = new VBox(12, heatCard, detailsCard);
        left.setMinWidth(300);
        left.setMaxWidth(300);
        HBox body = new HBox(12, left, table);
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);

        VBox main = new VBox(12, toolbar, problem, body);
        main.getStyleClass().add("register-content");
        main.setStyle("-fx-padding: 16;");

        buildDrawer();
        BorderPane layout = new BorderPane(main);
        layout.setRight(drawer);
        root.getChildren().add(layout);
        RegisterUi.undoOnShortcut(root, model::canUndo, this::undo);
    }

    private void buildTable() {
        table.setId("risk-table");
        table.setItems(sorted());
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(RegisterUi.muted("No risks yet — add the first one with “Add risk”."));
        model.loadedProperty().addListener((obs, old, loaded) -> {
            if (!model.rows().isEmpty() && model.shown().isEmpty()) {
                table.setPlaceholder(RegisterUi.muted("No risk matches the filter."));
            }
        });
        model.shown().addListener((javafx.collections.ListChangeListener<RiskRow>) c -> table.setPlaceholder(
                RegisterUi.muted(model.rows().isEmpty() ? "No risks yet — add the first one with “Add risk”."
                        : "No risk matches the filter or the heat-map cell.")));
        TableColumn<RiskRow, Integer> id = RegisterUi.numberColumn("ID", r -> Integer.parseInt(r.risk().key()
                .substring(2)), r -> r.risk().key(), 70);
        id.getStyleClass().remove("number-column");
        id.setMinWidth(64);
        TableColumn<RiskRow, Integer> score = RegisterUi.numberColumn("Score", r -> r.risk().score(),
                r -> String.valueOf(r.risk().score()), 64);
        score.setSortType(TableColumn.SortType.DESCENDING);
        score.setMinWidth(76);
        TableColumn<RiskRow, Integer> band = RegisterUi.flaggedColumn("Band", r -> r.risk().score(),
                r -> r.risk().band().label().toUpperCase(java.util.Locale.ROOT),
                r -> HeatMapView.styleOf(r.risk().band()), null, 90);
        TableColumn<RiskRow, LocalDate> review = RegisterUi.flaggedColumn("Next review",
                r -> r.risk().nextReview() == null ? LocalDate.MAX : r.risk().nextReview(), this::reviewText,
                r -> r.reviewOverdue() ? "flag-danger" : null, r -> r.reviewOverdue() ? Material2AL.ERROR_OUTLINE
                        : null, 140);
        TableColumn<RiskRow, String> trend = RegisterUi.flaggedColumn("Trend", RiskRow::trendText,
                RiskRow::trendText, r -> switch (r.trend()) {
                    case RISING -> "flag-danger";
                    case FALLING -> "flag-ok";
                    case STEADY -> null;
                }, null, 90);
        table.getColumns().setAll(List.of(id,
                RegisterUi.column("Title", r -> r.risk().title(), 260),
                RegisterUi.column("Category", r -> nz(r.risk().category()), 100),
                rating("L", r -> r.risk().likelihood()),
                rating("I", r -> r.risk().impact()),
                score, band,
                RegisterUi.column("Owner", r -> nz(r.risk().owner()), 100),
                RegisterUi.column("Status", r -> ProjectTexts.words(r.risk().status()), 90),
                review, trend, linked()));
        band.setMinWidth(96);
        trend.setMinWidth(92);
        table.getSortOrder().setAll(List.of(score));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<RiskRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
            }
        });
    }

    /** Likelihood or impact: narrow, but never squeezed out by the wider columns. */
    private static TableColumn<RiskRow, Integer> rating(String title, java.util.function.Function<RiskRow, Integer> value) {
        TableColumn<RiskRow, Integer> column = RegisterUi.numberColumn(title, value,
                r -> String.valueOf(value.apply(r)), 36);
        column.setMinWidth(36);
        return column;
    }

    /** How many tasks and milestones are linked; the breakdown is in the risk's card and on hover. */
    private static TableColumn<RiskRow, Integer> linked() {
        TableColumn<RiskRow, Integer> column = RegisterUi.numberColumn("Linked", r -> r.links().size(),
                r -> r.links().isEmpty() ? "—" : String.valueOf(r.links().size()), 64);
        column.setMinWidth(64);
        return column;
    }

    private javafx.collections.transformation.SortedList<RiskRow> sorted() {
        javafx.collections.transformation.SortedList<RiskRow> sorted =
                new javafx.collections.transformation.SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        return sorted;
    }

    private String reviewText(RiskRow row) {
        if (row.risk().nextReview() == null) {
            return row.risk().status().isActive() ? "not planned" : "—";
        }
        if (!row.risk().status().isActive()) {
            return ProjectTexts.date(row.risk().nextReview());
        }
        DueText due = DueText.of(row.risk().nextReview(), model.today());
        return due.text();
    }

    private void showDetails(RiskRow row) {
        details.getChildren().clear();
        if (row == null) {
            details.getChildren().add(RegisterUi.muted("Select a risk to see its description, responses and score "
                    + "history."));
            return;
        }
        Risk risk = row.risk();
        Label title = new Label(risk.key() + " " + risk.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        Label band = new Label(risk.likelihood() + " × " + risk.impact() + " = " + risk.score() + " · "
                + risk.band().label() + " · " + row.trendText());
        band.getStyleClass().add(HeatMapView.styleOf(risk.band()));
        details.getChildren().addAll(title, band);
        section("Description", risk.description());
        section("Mitigation", risk.mitigation());
        section("Contingency", risk.contingency());
        section("Identified", ProjectTexts.date(risk.identified())
                + (risk.closed() == null ? "" : " · closed " + ProjectTexts.date(risk.closed())));
        section("Score history", row.history().isEmpty() ? "" : row.historyText());
        linkedWork(row);
    }

    /** The linked tasks and milestones; each opens its tab with the record selected. */
    private void linkedWork(RiskRow row) {
        if (row.links().isEmpty()) {
            return;
        }
        Label caption = new Label("Linked work · " + row.linksText());
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox list = new VBox(0, caption);
        list.setId("risk-linked-work");
        for (LinkedWork work : row.links()) {
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(work.text(),
                    dev.quarterdeck.app.ui.Icons.of(work.task() ? Material2AL.ASSIGNMENT : Material2AL.FLAG));
            link.setWrapText(true);
            link.setMaxWidth(Double.MAX_VALUE);
            link.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            link.setTooltip(new javafx.scene.control.Tooltip(work.text() + " — show it on the "
                    + (work.task() ? "Tasks" : "Milestones") + " tab"));
            link.setOnAction(e -> context.navigation().reveal(work.task() ? ProjectTab.TASKS : ProjectTab.MILESTONES,
                    work.id()));
            list.getChildren().add(link);
        }
        details.getChildren().add(list);
    }

    private void section(String heading, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Label caption = new Label(heading);
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label body = new Label(text);
        body.setWrapText(true);
        details.getChildren().add(new VBox(2, caption, body));
    }

    private void buildDrawer() {
        drawer.getStyleClass().add("register-drawer");
        drawer.setId("risk-drawer");
        drawer.setPrefWidth(360);
        drawerTitle.getStyleClass().add(Styles.TITLE_4);
        Button save = RegisterUi.accentButton("Save", Material2AL.CHECK, "risk-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = RegisterUi.button("Cancel", null, "risk-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> closeDrawer());
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        drawer.getChildren().addAll(drawerTitle, scroll, new HBox(8, save, cancel));
        closeDrawer();
    }

    private void openNew() {
        editing = null;
        drawerTitle.setText("New risk");
        form.fillNew(model.nextKey(), model.today(), model.linkable());
        openDrawer();
    }

    private void openSelected() {
        RiskRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        editing = row.risk();
        drawerTitle.setText("Edit " + editing.key());
        form.fill(row, model.linkable());
        openDrawer();
    }

    private void openDrawer() {
        drawer.setVisible(true);
        drawer.setManaged(true);
        form.titleField().requestFocus();
    }

    private void closeDrawer() {
        drawer.setVisible(false);
        drawer.setManaged(false);
        form.clear();
    }

    private void save() {
        form.clear();
        model.save(editing, form.draft(), form.linkedTasks(), form.linkedMilestones(), outcome -> {
            closeDrawer();
            snackbar.show(outcome.message(), this::undo);
        }, form::show);
    }

    private void deleteSelected() {
        RiskRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.delete(row.risk(), outcome -> snackbar.show(outcome.message(), this::undo));
        }
    }

    private void undo() {
        model.undo(outcome -> snackbar.show(outcome.message(), null));
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

}
