package dev.quarterdeck.app.projects.budget;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.projects.MoneyText;
import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.app.projects.ProjectTexts;
import dev.quarterdeck.app.projects.registers.FormFields;
import dev.quarterdeck.app.projects.registers.RegisterUi;
import dev.quarterdeck.app.projects.registers.Snackbar;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.budget.AlertThresholds;
import dev.quarterdeck.core.budget.BudgetAlert;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.BudgetSummary;
import dev.quarterdeck.core.budget.EarnedValue;
import dev.quarterdeck.core.budget.LineSummary;
import dev.quarterdeck.core.budget.ProgressBasis;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.common.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Budget tab: variance alerts on top (colour and text), earned value figures, the burn chart, budget lines with
 * actual vs planned, and the ledger with add/edit/delete and "Paste CSV".
 */
public final class BudgetTab {

    private final ProjectTabContext context;
    private final BudgetModel model;
    private final StackPane root = RegisterUi.root("project-budget");
    private final Snackbar snackbar = new Snackbar(root);
    private final VBox alerts = new VBox(8);
    private final FlowPane metrics = new FlowPane(24, 12);
    private final BurnChart chart = new BurnChart();
    private final TableView<LineSummary> linesTable = new TableView<>();
    private final Label total = new Label();
    private final Label otherCurrencies = new Label();
    private final ObservableList<Transaction> ledger = FXCollections.observableArrayList();
    private final FilteredList<Transaction> shownLedger = new FilteredList<>(ledger);
    private final TableView<Transaction> ledgerTable = new TableView<>();
    private final VBox pastePanel = new VBox(8);
    private final TextArea pasteText = new TextArea();
    private final VBox pasteProblems = new VBox(4);
    private final VBox drawer = new VBox(12);
    private final Label drawerTitle = new Label();
    private final StackPane drawerBody = new StackPane();
    private final LineForm lineForm = new LineForm();
    private final EntryForm entryForm = new EntryForm();
    private final Label problem = new Label();
    private final ScrollPane scroll = new ScrollPane();
    private Runnable saveAction = () -> { };
    private Map<UUID, BudgetLine> linesById = Map.of();

    public BudgetTab(ProjectTabContext context) {
        this.context = context;
        this.model = new BudgetModel(context);
        build();
        model.dataProperty().addListener((obs, old, data) -> show(data));
        model.load();
    }

    public Node view() {
        return root;
    }

    private void build() {
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        alerts.setId("budget-alerts");
        metrics.setId("budget-metrics");

        ComboBox<ProgressBasis> basis = new ComboBox<>(FXCollections.observableArrayList(ProgressBasis.values()));
        basis.setId("budget-basis");
        basis.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProgressBasis value) {
                return value == ProgressBasis.MILESTONES ? "milestones done" : "task effort done";
            }

            @Override
            public ProgressBasis fromString(String text) {
                return null;
            }
        });
        basis.valueProperty().bindBidirectional(model.basisProperty());
        Label basisLabel = new Label("Earned value from");
        HBox evHeader = new HBox(8, basisLabel, basis);
        evHeader.setAlignment(Pos.CENTER_LEFT);
        VBox evCard = RegisterUi.card("Cost and earned value", evHeader, metrics);

        VBox chartCard = RegisterUi.card("Burn", chart);
        HBox.setHgrow(chartCard, Priority.ALWAYS);
        chartCard.setPrefWidth(560);

        VBox linesCard = linesCard();
        linesCard.setPrefWidth(620);
        HBox.setHgrow(linesCard, Priority.ALWAYS);
        HBox middle = new HBox(12, chartCard, linesCard);

        VBox content = new VBox(12, problem, alerts, evCard, middle, ledgerCard());
        content.setStyle("-fx-padding: 16;");
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        buildDrawer();
        BorderPane layout = new BorderPane(scroll);
        layout.setRight(drawer);
        root.getChildren().add(layout);
        RegisterUi.undoOnShortcut(root, model.changes()::canUndo, this::undo);
    }

    private VBox linesCard() {
        linesTable.setId("budget-lines");
        linesTable.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        linesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        linesTable.setPlaceholder(RegisterUi.muted("No budget lines yet — add one per category you plan to spend "
                + "on."));
        linesTable.setPrefHeight(250);
        TableColumn<LineSummary, java.math.BigDecimal> planned = RegisterUi.numberColumn("Planned",
                l -> l.variance().planned().amount(), l -> MoneyText.of(l.variance().planned()), 110);
        TableColumn<LineSummary, java.math.BigDecimal> actual = RegisterUi.numberColumn("Actual",
                l -> l.variance().actual().amount(), l -> MoneyText.of(l.variance().actual()), 110);
        TableColumn<LineSummary, java.math.BigDecimal> variance = RegisterUi.numberColumn("Variance",
                l -> l.variance().amount().amount(), l -> BudgetTexts.signed(l.variance().amount()), 110);
        TableColumn<LineSummary, java.math.BigDecimal> percent = RegisterUi.flaggedColumn("Var. %",
                l -> l.variance().percent().orElse(java.math.BigDecimal.ZERO),
                l -> BudgetTexts.percent(l.variance().percent()) + (overLimit(l) ? " over" : ""),
                l -> overLimit(l) ? "flag-danger" : null, l -> overLimit(l) ? Material2MZ.WARNING : null, 130);
        linesTable.getColumns().setAll(List.of(RegisterUi.column("Category", LineSummary::category, 130), planned,
                actual, variance, percent));
        Button add = RegisterUi.button("Add line", Material2AL.ADD, "budget-line-add");
        add.setOnAction(e -> openLine(null));
        Button edit = RegisterUi.button("Edit", Material2AL.EDIT, "budget-line-edit");
        edit.setOnAction(e -> {
            LineSummary selected = linesTable.getSelectionModel().getSelectedItem();
            if (selected != null) {
                openLine(selected.line());
            }
        });
        Button delete = RegisterUi.button("Delete", Material2AL.DELETE_OUTLINE, "budget-line-delete");
        delete.setOnAction(e -> deleteLine());
        edit.disableProperty().bind(linesTable.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(linesTable.getSelectionModel().selectedItemProperty().isNull());
        total.setId("budget-total");
        total.getStyleClass().add(Styles.TEXT_BOLD);
        total.setWrapText(true);
        otherCurrencies.getStyleClass().add(Styles.TEXT_MUTED);
        otherCurrencies.setWrapText(true);
        return RegisterUi.card("Budget lines", RegisterUi.toolbar(0, edit, delete, add), linesTable, total,
                otherCurrencies);
    }

    private static boolean overLimit(LineSummary line) {
        return line.variance().isOverPlanBy(AlertThresholds.DEFAULTS.lineOverPlanPercent());
    }

    private VBox ledgerCard() {
        TextField filter = RegisterUi.filterField("Filter ledger…", "ledger-filter");
        filter.textProperty().addListener((obs, old, text) -> shownLedger.setPredicate(t -> matches(t, text)));
        Button paste = RegisterUi.button("Paste CSV", Material2MZ.PLAYLIST_ADD, "ledger-paste");
        paste.setOnAction(e -> togglePaste());
        Button add = RegisterUi.accentButton("Add entry", Material2AL.ADD, "ledger-add");
        add.setOnAction(e -> openEntry(null));
        Button edit = RegisterUi.button("Edit", Material2AL.EDIT, "ledger-edit");
        edit.setOnAction(e -> openEntry(ledgerTable.getSelectionModel().getSelectedItem()));
        Button delete = RegisterUi.button("Delete", Material2AL.DELETE_OUTLINE, "ledger-delete");
        delete.setOnAction(e -> deleteEntry());
        edit.disableProperty().bind(ledgerTable.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(ledgerTable.getSelectionModel().selectedItemProperty().isNull());

        ledgerTable.setId("ledger-table");
        ledgerTable.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        ledgerTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<Transaction> sorted = new SortedList<>(shownLedger);
        sorted.comparatorProperty().bind(ledgerTable.comparatorProperty());
        ledgerTable.setItems(sorted);
        ledgerTable.setPlaceholder(RegisterUi.muted("No payments booked yet — add one or paste rows from a "
                + "spreadsheet."));
        TableColumn<Transaction, LocalDate> date = RegisterUi.numberColumn("Date", Transaction::date,
                t -> ProjectTexts.date(t.date()), 110);
        date.getStyleClass().remove("number-column");
        TableColumn<Transaction, java.math.BigDecimal> amount = RegisterUi.numberColumn("Amount",
                t -> t.amount().amount(), t -> MoneyText.of(t.amount()), 130);
        ledgerTable.getColumns().setAll(List.of(date, amount,
                RegisterUi.column("Line", t -> lineName(t.budgetLineId()), 140),
                RegisterUi.column("Vendor", t -> t.vendor() == null ? "" : t.vendor(), 180),
                RegisterUi.column("Note", Transaction::note, 300)));
        ledgerTable.setPrefHeight(32 * 10 + 40);
        ledgerTable.setRowFactory(t -> {
            javafx.scene.control.TableRow<Transaction> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openEntry(row.getItem());
                }
            });
            return row;
        });

        pastePanel.setId("ledger-paste-panel");
        pasteText.setId("ledger-paste-text");
        pasteText.setPromptText("date,amount,line,vendor,note\n2026-03-01,1250.00,Removals,Kraft Movers,Deposit");
        pasteText.setPrefRowCount(5);
        Button book = RegisterUi.accentButton("Add rows", Material2AL.CHECK, "ledger-paste-add");
        book.setOnAction(e -> bookPaste());
        Button cancel = RegisterUi.button("Cancel", null, "ledger-paste-cancel");
        cancel.setOnAction(e -> togglePaste());
        pasteProblems.setId("ledger-paste-problems");
        Label hint = RegisterUi.muted("One row per payment: date (2026-03-01), amount (negative for a refund), budget "
                + "line, vendor, note. Comma- or tab-separated; a header row is skipped. Nothing is booked unless "
                + "every row is valid.");
        pastePanel.getChildren().addAll(hint, pasteText, pasteProblems, new HBox(8, book, cancel));
        pastePanel.setVisible(false);
        pastePanel.setManaged(false);
        return RegisterUi.card("Ledger", RegisterUi.toolbar(1, filter, paste, edit, delete, add), pastePanel,
                ledgerTable);
    }

    private boolean matches(Transaction t, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return (t.vendor() != null && t.vendor().toLowerCase(Locale.ROOT).contains(needle))
                || t.note().toLowerCase(Locale.ROOT).contains(needle)
                || lineName(t.budgetLineId()).toLowerCase(Locale.ROOT).contains(needle)
                || t.amount().amount().toPlainString().contains(needle) || t.date().toString().contains(needle);
    }

    private String lineName(UUID lineId) {
        BudgetLine line = linesById.get(lineId);
        return line == null ? "?" : line.category();
    }

    private void show(BudgetData data) {
        if (data == null) {
            return;
        }
        linesById = data.linesById();
        showAlerts(data.alerts());
        showMetrics(data);
        chart.show(data.burn());
        BudgetSummary main = data.main();
        linesTable.getItems().setAll(main.lines());
        total.setText("Total: planned " + MoneyText.of(main.planned()) + " · actual " + MoneyText.of(main.actual())
                + " · variance " + BudgetTexts.variance(main.total())
                + (main.unassigned().amount().signum() != 0 ? " · not on a line " + MoneyText.of(main.unassigned())
                        : ""));
        List<BudgetSummary> others = data.summaries().subList(1, data.summaries().size());
        otherCurrencies.setText(others.isEmpty() ? "" : "Also in other currencies (never converted): "
                + String.join("; ", others.stream().map(s -> s.currency().getCurrencyCode() + " planned "
                        + MoneyText.of(s.planned()) + ", actual " + MoneyText.of(s.actual())).toList()));
        otherCurrencies.setManaged(!others.isEmpty());
        ledger.setAll(data.ledger());
    }

    private void showAlerts(List<BudgetAlert> list) {
        alerts.getChildren().clear();
        if (list.isEmpty()) {
            Message ok = new Message("No budget alerts", "Every line and the total are within 10 % of plan; the "
                    + "forecast and the CPI are within limits.", Icons.of(Material2AL.CHECK_CIRCLE_OUTLINE));
            ok.getStyleClass().add(Styles.SUCCESS);
            ok.setId("budget-no-alerts");
            alerts.getChildren().add(ok);
            return;
        }
        for (BudgetAlert alert : list) {
            boolean critical = alert.severity() == BudgetAlert.Severity.CRITICAL;
            Message message = new Message((critical ? "Critical: " : "Warning: ") + title(alert.kind()),
                    alert.message(), Icons.of(critical ? Material2AL.ERROR_OUTLINE : Material2MZ.WARNING));
            message.getStyleClass().add(critical ? Styles.DANGER : Styles.WARNING);
            message.getStyleClass().add("budget-alert");
            alerts.getChildren().add(message);
        }
    }

    private static String title(BudgetAlert.Kind kind) {
        return switch (kind) {
            case TOTAL_OVER_PLAN -> "total over plan";
            case FORECAST_OVER_BUDGET -> "forecast over budget";
            case LOW_CPI -> "low cost performance";
            case LINE_OVER_PLAN -> "budget line over plan";
        };
    }

    private void showMetrics(BudgetData data) {
        EarnedValue ev = data.earnedValue();
        BudgetSummary main = data.main();
        metrics.getChildren().setAll(
                tile("Planned (BAC)", MoneyText.of(ev.bac()), "Budget at completion: the sum of the budget lines"),
                tile("Actual (AC)", MoneyText.of(ev.ac()), "Actual cost booked up to today, refunds included"),
                tile("Variance", BudgetTexts.variance(main.total()), "Actual − planned over the whole budget"),
                tile("PV", BudgetTexts.money(ev.pv()), "Planned value: BAC × share of the schedule elapsed"),
                tile("EV", MoneyText.of(ev.ev()), "Earned value: BAC × share of the work done ("
                        + ev.percentComplete().toPlainString() + " % complete)"),
                tile("CPI", BudgetTexts.index(ev.cpi()), "Cost performance index EV ÷ AC; below 1 costs more "
                        + "than planned"),
                tile("SPI", BudgetTexts.index(ev.spi()), "Schedule performance index EV ÷ PV; below 1 is behind"),
                tile("EAC", BudgetTexts.money(ev.eac()), "Estimate at completion BAC ÷ CPI"),
                tile("VAC", ev.vac().map(BudgetTexts::signed).orElse("—"), "Variance at completion BAC − EAC; "
                        + "negative ends over budget"),
                tile("Complete", ev.percentComplete().toPlainString() + " %", "Share of the work done on the "
                        + "chosen basis"));
    }

    private static VBox tile(String name, String value, String explanation) {
        Label number = new Label(value);
        number.getStyleClass().add("metric-value");
        number.setId("metric-" + name.split(" ")[0].toLowerCase(Locale.ROOT));
        Label caption = new Label(name);
        caption.getStyleClass().add("metric-name");
        VBox tile = new VBox(number, caption);
        tile.getStyleClass().add("metric-tile");
        Tooltip.install(tile, new Tooltip(explanation));
        return tile;
    }

    // ---- drawer with the line and entry forms

    private void buildDrawer() {
        drawer.getStyleClass().add("register-drawer");
        drawer.setId("budget-drawer");
        drawer.setPrefWidth(340);
        drawerTitle.getStyleClass().add(Styles.TITLE_4);
        Button save = RegisterUi.accentButton("Save", Material2AL.CHECK, "budget-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> saveAction.run());
        Button cancel = RegisterUi.button("Cancel", null, "budget-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> closeDrawer());
        drawer.getChildren().addAll(drawerTitle, drawerBody, new HBox(8, save, cancel));
        closeDrawer();
    }

    private void openDrawer(String title, FormFields form, Runnable onSave) {
        drawerTitle.setText(title);
        drawerBody.getChildren().setAll(form);
        saveAction = onSave;
        drawer.setVisible(true);
        drawer.setManaged(true);
    }

    private void closeDrawer() {
        drawer.setVisible(false);
        drawer.setManaged(false);
    }

    private void openLine(BudgetLine line) {
        BudgetData data = model.dataProperty().get();
        if (data == null) {
            return;
        }
        if (line == null) {
            lineForm.fillNew(data.project().currency());
        } else {
            lineForm.fill(line);
        }
        openDrawer(line == null ? "New budget line" : "Edit " + line.category(), lineForm,
                () -> model.saveLine(line, lineForm.draft(), () -> {
                    closeDrawer();
                    snackbar.show(line == null ? "Budget line added" : "Budget line saved", this::undo);
                }, lineForm::show));
        lineForm.first().requestFocus();
    }

    private void openEntry(Transaction entry) {
        BudgetData data = model.dataProperty().get();
        if (data == null) {
            return;
        }
        if (data.lines().isEmpty()) {
            snackbar.show("Add a budget line first: every payment is booked against one", null);
            return;
        }
        if (entry == null) {
            entryForm.fillNew(data.lines(), context.today());
        } else {
            entryForm.fill(entry, data.lines());
        }
        openDrawer(entry == null ? "New ledger entry" : "Edit ledger entry", entryForm,
                () -> model.saveEntry(entry, entryForm.draft(), () -> {
                    closeDrawer();
                    snackbar.show(entry == null ? "Entry booked" : "Entry saved", this::undo);
                }, entryForm::show));
        entryForm.first().requestFocus();
    }

    private void deleteLine() {
        LineSummary selected = linesTable.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        long booked = ledger.stream().filter(t -> t.budgetLineId().equals(selected.lineId())).count();
        if (booked > 0 && !confirm("Delete " + selected.category() + " and the " + booked
                + (booked == 1 ? " payment" : " payments") + " booked against it?")) {
            return;
        }
        model.deleteLine(selected.line(), () -> snackbar.show("Deleted " + selected.category(), this::undo));
    }

    private void deleteEntry() {
        Transaction selected = ledgerTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.deleteEntry(selected, () -> snackbar.show("Deleted the entry of " + MoneyText.of(selected.amount())
                    + " on " + ProjectTexts.date(selected.date()), this::undo));
        }
    }

    private void undo() {
        snackbar.undo(model.changes());
    }

    private boolean confirm(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private void togglePaste() {
        boolean show = !pastePanel.isVisible();
        pastePanel.setVisible(show);
        pastePanel.setManaged(show);
        pasteProblems.getChildren().clear();
        if (show) {
            pasteText.requestFocus();
            // the ledger is the last card: bring the opened panel into view
            javafx.application.Platform.runLater(() -> scroll.setVvalue(scroll.getVmax()));
        }
    }

    private void bookPaste() {
        pasteProblems.getChildren().clear();
        model.paste(pasteText.getText(), count -> {
            pasteText.clear();
            togglePaste();
            snackbar.show("Booked " + count + (count == 1 ? " entry" : " entries"), this::undo);
        }, this::showPasteProblems);
    }

    private void showPasteProblems(List<FieldProblem> problems) {
        pasteProblems.getChildren().clear();
        Label heading = new Label("Nothing was booked. Fix these rows and add again:");
        heading.getStyleClass().add(Styles.DANGER);
        pasteProblems.getChildren().add(heading);
        for (FieldProblem p : problems) {
            Label line = new Label(p.field() + ": " + p.reason(), Icons.of(Material2AL.ERROR_OUTLINE, 14));
            line.getStyleClass().add("flag-danger");
            line.setWrapText(true);
            pasteProblems.getChildren().add(line);
        }
    }
}
