package dev.quarterdeck.app.projects;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.quarterdeck.app.ui.EmptyState;
import dev.quarterdeck.app.ui.HealthDot;
import dev.quarterdeck.app.ui.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.kordamp.ikonli.material2.Material2AL;

/** All projects in a sortable table; double-click or Enter opens a project's page. */
public final class PortfolioView extends StackPane {

    public PortfolioView(PortfolioModel model, Clock clock) {
        setId("projects");
        TableView<ProjectSummary> table = new TableView<>(model.projects());
        table.setId("portfolio-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new EmptyState(Material2AL.FOLDER_OPEN, "No projects yet",
                "Projects you create or import will be listed here with their health."));
        LocalDate today = LocalDate.now(clock);

        TableColumn<ProjectSummary, ProjectSummary> health = new TableColumn<>("Health");
        health.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        health.setCellFactory(c -> new HealthCell());
        health.setComparator(Comparator.comparing(p -> p.health().level()));
        health.setPrefWidth(96);
        health.setMinWidth(88);

        TableColumn<ProjectSummary, Number> open = number("Open", ProjectSummary::openTasks);
        TableColumn<ProjectSummary, Number> overdue = number("Overdue", ProjectSummary::overdueTasks);

        TableColumn<ProjectSummary, String> next = text("Next milestone",
                p -> p.nextMilestone().map(m -> ProjectTexts.milestone(m, today)).orElse("—"), 190);
        next.setCellFactory(c -> new WrappingCell());
        TableColumn<ProjectSummary, String> why = text("Why", p -> String.join("; ", p.health().reasons()), 300);
        why.setCellFactory(c -> new WrappingCell());
        table.getColumns().setAll(List.of(
                text("Code", p -> p.project().code(), 72),
                text("Name", p -> p.project().name(), 210),
                text("Status", p -> ProjectTexts.words(p.project().status()), 84),
                health, open, overdue, next, why));

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

        Page page = new Page("Projects", table);
        page.subtitle().setText("Double-click or press Enter to open a project.");
        getChildren().add(page);
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
        column.setPrefWidth(88);
        column.setMinWidth(72);
        return column;
    }

    /** Text that wraps instead of ending in "…", so health reasons stay readable. */
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

    private static final class HealthCell extends TableCell<ProjectSummary, ProjectSummary> {

        @Override
        protected void updateItem(ProjectSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
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
        }
    }
}
