package dev.quarterdeck.app.projects;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.quarterdeck.app.projects.intake.IntakeView;
import dev.quarterdeck.app.ui.EmptyState;
import dev.quarterdeck.app.ui.HealthDot;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.app.ui.Page;
import dev.quarterdeck.core.project.Health;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.risk.Risk;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Projects section: filters and "New project"; a metrics strip (active projects, overdue items, open high and
 * critical risks, total variance); planned against spent by project and the portfolio risk heat map; and every
 * project in a sortable table. Double-click or Enter opens a project; "New project" shows the intake form here.
 */
public final class PortfolioView extends StackPane {

    private final PortfolioModel model;
    private final Page page;
    private final PlannedActualChart chart = new PlannedActualChart();
    private final RiskHeatMapView heatMap;
    private final Label chartNote = new Label();
    private final HBox metrics = new HBox(12);
    private Consumer<Project> onCreated = project -> { };

    public PortfolioView(PortfolioModel model, Clock clock) {
        this.model = model;
        setId("projects");
        LocalDate today = LocalDate.now(clock);
        heatMap = new RiskHeatMapView(model.cellFilter());

        TableView<ProjectSummary> table = table(today);
        VBox.setVgrow(table, Priority.ALWAYS);

        metrics.setId("portfolio-metrics");
        chartNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label chartTitle = new Label("Planned vs spent");
        chartTitle.getStyleClass().add("section-title");
        VBox chartBox = new VBox(4, chartTitle, chart.node(), chartNote);
        HBox.setHgrow(chartBox, Priority.ALWAYS);
        VBox heatBox = new VBox(heatMap);
        HBox charts = new HBox(16, chartBox, heatBox);
        charts.getStyleClass().add("card-box");
        charts.setStyle("-fx-padding: 12 16 12 16;");

        VBox body = new VBox(12, toolbar(), notice(), metrics, charts, table);
        page = new Page("Projects", body);
        page.subtitle().setText("Double-click or press Enter to open a project. Hover a health dot for its reasons.");
        getChildren().add(page);

        model.metricsProperty().addListener((obs, old, now) -> showMetrics(now));
        model.heatMapProperty().addListener((obs, old, now) -> heatMap.show(now));
        model.shown().addListener((ListChangeListener<ProjectSummary>) c -> showChart());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                retheme();
            }
        });
        showMetrics(model.metricsProperty().get());
        heatMap.show(model.heatMapProperty().get());
        showChart();
    }

    /** Called with a project the intake form just created (the shell opens it). */
    public void onCreated(Consumer<Project> action) {
        this.onCreated = action;
    }

    /** Applies the current theme's colours to the chart (after a theme change). */
    public void retheme() {
        if (getScene() != null) {
            chart.theme(ChartColors.from(this));
        }
    }

    private void showChart() {
        int left = chart.show(List.copyOf(model.shown()));
        chartNote.setText(left > 0 ? "Showing the " + PlannedActualChart.MAX_PROJECTS + " largest budgets; " + left
                + " more in the table." : "Each project in its own currency.");
    }

    /** Shows the intake form for a new project in place of the portfolio. */
    public void newProject() {
        IntakeView form = new IntakeView(model.newIntake(), created -> {
            getChildren().setAll(page);
            onCreated.accept(created);
        }, () -> getChildren().setAll(page));
        getChildren().setAll(form);
    }

    private Node toolbar() {
        ComboBox<ProjectStatus> status = new ComboBox<>();
        status.setId("filter-status");
        status.getItems().add(null);
        status.getItems().addAll(ProjectStatus.values());
        status.setConverter(named("Any status"));
        status.valueProperty().bindBidirectional(model.statusFilter());
        ComboBox<Health.Level> health = new ComboBox<>();
        health.setId("filter-health");
        health.getItems().add(null);
        health.getItems().addAll(Health.Level.values());
        health.setConverter(named("Any health"));
        health.valueProperty().bindBidirectional(model.healthFilter());
        ComboBox<String> owner = new ComboBox<>(model.owners());
        owner.setId("filter-owner");
        owner.valueProperty().bindBidirectional(model.ownerFilter());
        Button clear = new Button("Clear filters");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> model.clearFilters());
        Label cell = new Label();
        cell.getStyleClass().add(Styles.TEXT_MUTED);
        cell.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.cellFilter().get() == null
                ? "" : "with a risk at L" + model.cellFilter().get().likelihood() + " × I"
                        + model.cellFilter().get().impact(), model.cellFilter()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button create = new Button("New project", Icons.of(Material2AL.ADD));
        create.setId("portfolio-new-project");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> newProject());
        HBox bar = new HBox(8, status, health, owner, clear, cell, spacer, create);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node notice() {
        Label text = new Label();
        text.setId("portfolio-notice");
        text.textProperty().bind(model.noticeProperty());
        text.setWrapText(true);
        Button undo = new Button("Undo");
        undo.setId("portfolio-undo");
        undo.getStyleClass().addAll(Styles.ACCENT, Styles.SMALL);
        undo.setOnAction(e -> model.undo());
        undo.visibleProperty().bind(model.undoableProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        Button close = new Button(null, Icons.of(Material2AL.CLOSE));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip("Dismiss"));
        close.setOnAction(e -> model.dismissNotice());
        HBox bar = new HBox(12, Icons.of(Material2AL.INFO, 16), text, undo, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("card-box");
        bar.setStyle("-fx-padding: 8 12 8 12;");
        bar.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void showMetrics(PortfolioMetrics now) {
        metrics.getChildren().setAll(
                metric("metric-active", "Active projects", String.valueOf(now.activeProjects()), false),
                metric("metric-overdue", "Overdue items", String.valueOf(now.overdueItems()), now.overdueItems() > 0),
                metric("metric-risks", "Open high + critical risks", String.valueOf(now.highRisks()),
                        now.highRisks() > 0),
                metric("metric-variance", "Total variance (spent − planned)", now.varianceText(), now.overPlan()));
    }

    private static Node metric(String id, String caption, String value, boolean alarming) {
        Label number = new Label(value);
        number.setId(id);
        number.getStyleClass().add(Styles.TITLE_3);
        if (alarming) {
            number.getStyleClass().add(Styles.DANGER);
            number.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE, 18));
        }
        Label label = new Label(caption);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(2, number, label);
        box.getStyleClass().add("card-box");
        box.setStyle("-fx-padding: 8 16 8 16;");
        box.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private TableView<ProjectSummary> table(LocalDate today) {
        TableView<ProjectSummary> table = new TableView<>();
        SortedList<ProjectSummary> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("portfolio-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new EmptyState(Material2AL.FOLDER_OPEN, "No projects here",
                "Create one with \"New project\", or clear the filters."));

        TableColumn<ProjectSummary, ProjectSummary> health = new TableColumn<>("Health");
        health.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        health.setCellFactory(c -> new HealthCell());
        health.setComparator(Comparator.comparing(p -> p.health().level()));
        health.setPrefWidth(92);
        health.setMinWidth(88);

        TableColumn<ProjectSummary, String> risk = text("Top risk", p -> p.topRisk().map(PortfolioView::risk)
                .orElse("—"), 230);
        risk.setCellFactory(c -> new WrappingCell());
        TableColumn<ProjectSummary, String> next = text("Next milestone",
                p -> p.nextMilestone().map(m -> ProjectTexts.milestone(m, today)).orElse("—"), 180);
        next.setCellFactory(c -> new WrappingCell());
        TableColumn<ProjectSummary, ProjectSummary> budget = new TableColumn<>("Spent / planned");
        budget.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        budget.setCellFactory(c -> new BudgetCell());
        budget.setComparator(Comparator.comparing(p -> p.variance().amount()));
        budget.setPrefWidth(150);
        TableColumn<ProjectSummary, String> project = text("Project", p -> p.project().name() + "\n"
                + p.project().code(), 190);
        project.setCellFactory(c -> new WrappingCell());
        project.setComparator(String.CASE_INSENSITIVE_ORDER);
        TableColumn<ProjectSummary, ProjectSummary> tasks = new TableColumn<>("Tasks");
        tasks.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        tasks.setCellFactory(c -> new TasksCell());
        tasks.setComparator(Comparator.comparingInt(ProjectSummary::overdueTasks)
                .thenComparingInt(ProjectSummary::openTasks));
        tasks.setPrefWidth(120);
        table.getColumns().setAll(List.of(
                health, project,
                text("Status", p -> ProjectTexts.words(p.project().status()), 96),
                text("Owner", p -> p.project().owner() == null ? "" : p.project().owner(), 120),
                tasks, risk, budget, next));

        table.setRowFactory(t -> {
            TableRow<ProjectSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            ProjectSummary selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                model.open(selected);
            }
        });
        return table;
    }

    private static String risk(Risk risk) {
        return risk.key() + " " + risk.title() + " · " + risk.band().label() + " " + risk.score();
    }

    private static <E extends Enum<E>> StringConverter<E> named(String any) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? any : ProjectTexts.words(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }

    private static TableColumn<ProjectSummary, String> text(String title, Function<ProjectSummary, String> value,
            double width) {
        TableColumn<ProjectSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<ProjectSummary, Number> number(String title, Function<ProjectSummary, Integer> value) {
        TableColumn<ProjectSummary, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setStyle("-fx-alignment: center-right;");
        column.setPrefWidth(72);
        column.setMinWidth(64);
        return column;
    }

    /** Text that wraps instead of ending in "…". */
    private static final class WrappingCell extends TableCell<ProjectSummary, String> {

        // a Text (not a Label) so the row grows to the wrapped height
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("cell-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(16));
            setPadding(new Insets(6, 8, 6, 8));
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty ? null : item);
            setGraphic(empty ? null : text);
            setText(null);
        }
    }

    /** "10 open" and, when there are any, "1 overdue" in the danger colour with an icon. */
    private static final class TasksCell extends TableCell<ProjectSummary, ProjectSummary> {

        @Override
        protected void updateItem(ProjectSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label open = new Label(item.openTasks() + " open");
            VBox lines = new VBox(2, open);
            if (item.overdueTasks() > 0) {
                Label overdue = new Label(item.overdueTasks() + " overdue", Icons.of(Material2AL.ERROR_OUTLINE, 14));
                overdue.getStyleClass().add("overdue");
                lines.getChildren().add(overdue);
            }
            setGraphic(lines);
            setAlignment(Pos.CENTER_LEFT);
        }
    }

    /** "162,300 / 240,000 EUR", in the danger colour with "over" when spent exceeds the plan. */
    private static final class BudgetCell extends TableCell<ProjectSummary, ProjectSummary> {

        @Override
        protected void updateItem(ProjectSummary item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("overdue");
            setGraphic(null);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String spent = MoneyText.of(item.spent());
            String planned = MoneyText.of(item.planned());
            boolean over = item.spent().compareTo(item.planned()) > 0;
            setText(spent.substring(0, spent.length() - 4) + " /\n" + planned + (over ? " over" : ""));
            setAlignment(Pos.CENTER_RIGHT);
            if (over) {
                getStyleClass().add("overdue");
            }
            setTooltip(new Tooltip("Spent " + spent + " of " + planned + "; variance "
                    + MoneyText.of(item.variance())));
        }
    }

    private static final class HealthCell extends TableCell<ProjectSummary, ProjectSummary> {

        @Override
        protected void updateItem(ProjectSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            String level = item.health().level().name();
            HealthDot dot = new HealthDot(level, item.health().reasons());
            Label text = new Label(item.health().level().label(), dot);
            text.setGraphicTextGap(8);
            text.getStyleClass().add("health-text-" + item.health().level().label());
            setGraphic(text);
            setText(null);
            setAlignment(Pos.CENTER_LEFT);
            Tooltip tooltip = new Tooltip(HealthDot.describe(level, item.health().reasons()));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(380);
            setTooltip(tooltip);
        }
    }
}
