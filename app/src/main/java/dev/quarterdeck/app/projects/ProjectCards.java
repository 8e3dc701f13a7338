package dev.quarterdeck.app.projects;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.focus.DueText;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskBand;
import dev.quarterdeck.core.task.Task;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The cards a project page shows: milestones, top risks, budget per currency, and the task list. */
final class ProjectCards {

    private ProjectCards() {
    }

    static VBox risks(ProjectPage page) {
        VBox rows = new VBox(8);
        if (page.topRisks().isEmpty()) {
            rows.getChildren().add(muted("No open risks — add the first one when something could go wrong."));
        }
        for (Risk risk : page.topRisks()) {
            Label key = new Label(risk.key());
            key.getStyleClass().add(Styles.TEXT_MUTED);
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label(risk.title());
            title.setWrapText(true);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            Label band = new Label(risk.band().label() + " " + risk.score());
            band.getStyleClass().addAll(Styles.TEXT_SMALL, bandStyle(risk.band()));
            band.setMinWidth(Region.USE_PREF_SIZE);
            band.setAccessibleText("Risk score " + risk.score() + ", " + risk.band().label());
            HBox row = new HBox(8, key, title, band);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
        if (page.activeRisks() > page.topRisks().size()) {
            rows.getChildren().add(muted((page.activeRisks() - page.topRisks().size()) + " more open risks"));
        }
        return card("Top risks", rows);
    }

    static String bandStyle(RiskBand band) {
        return switch (band) {
            case CRITICAL -> Styles.DANGER;
            case HIGH -> Styles.WARNING;
            case MEDIUM -> Styles.ACCENT;
            case LOW -> Styles.SUCCESS;
        };
    }

    static VBox budget(ProjectPage page) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        if (page.budget().isEmpty()) {
            return card("Budget", muted("No budget lines yet."));
        }
        grid.addRow(0, bold("Currency"), bold("Planned"), bold("Spent"), bold("Remaining"), bold("Spent %"));
        int row = 1;
        for (BudgetSummary.Row line : page.budget()) {
            Label spent = right(MoneyText.of(line.spent()));
            Label percent = right(line.percentSpent().isPresent() ? line.percentSpent().getAsInt() + " %" : "—");
            if (line.isOver()) {
                percent.setText(percent.getText() + " over");
                percent.getStyleClass().add("overdue");
                spent.getStyleClass().add("overdue");
            }
            grid.addRow(row++, new Label(line.currency().getCurrencyCode()), right(MoneyText.of(line.planned())),
                    spent, right(MoneyText.of(line.remaining())), percent);
        }
        grid.setId("project-budget");
        return card("Budget", grid);
    }

    static VBox tasks(ProjectPage page) {
        TableView<Task> table = new TableView<>();
        table.setId("project-tasks");
        table.getItems().setAll(page.tasks());
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(muted("No tasks in this project yet."));
        TableColumn<Task, String> due = column("Due", t -> t.isOpen() ? DueText.of(t.due(), page.today()).text()
                : ProjectTexts.date(t.due()), 120);
        due.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("overdue");
                if (!empty && item != null && item.startsWith("overdue")) {
                    getStyleClass().add("overdue");
                }
            }
        });
        TableColumn<Task, String> score = column("Score", t -> String.valueOf(Math.round(t.score())), 70);
        score.setStyle("-fx-alignment: center-right;");
        table.getColumns().setAll(List.of(
                column("Title", Task::title, 360),
                column("Status", t -> ProjectTexts.words(t.status()), 90),
                column("Horizon", t -> ProjectTexts.words(t.horizon()), 90),
                due,
                column("Owner", t -> t.owner() == null ? "" : t.owner(), 120),
                column("Source", t -> dev.quarterdeck.app.ui.Icons.sourceName(t.sourceKind()), 110),
                score));
        table.setFixedCellSize(32);
        table.setPrefHeight(32 * Math.min(Math.max(page.tasks().size(), 3), 14) + 40);
        table.setMinHeight(Region.USE_PREF_SIZE);
        long open = page.tasks().stream().filter(Task::isOpen).count();
        return card("Tasks · " + open + " open of " + page.tasks().size(), table);
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    static VBox card(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(12, heading, body);
        box.getStyleClass().add("card-box");
        box.setStyle("-fx-padding: 16;");
        return box;
    }

    static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    static Label muted(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
        return label;
    }

    static Label right(String text) {
        Label label = new Label(text);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER_RIGHT);
        return label;
    }
}
