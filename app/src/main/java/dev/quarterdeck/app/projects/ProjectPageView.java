package dev.quarterdeck.app.projects;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.quarterdeck.app.focus.DueText;
import dev.quarterdeck.app.ui.HealthDot;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskBand;
import dev.quarterdeck.core.task.Task;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** A project's page with its Overview: header, health, description, objectives, milestones, risks, budget, tasks. */
public final class ProjectPageView extends StackPane {

    public ProjectPageView(ProjectPageModel model) {
        setId("project-page");
        model.pageProperty().addListener((obs, old, page) -> render(model));
        model.problemProperty().addListener((obs, old, problem) -> render(model));
        render(model);
    }

    private void render(ProjectPageModel model) {
        ProjectPage page = model.pageProperty().get();
        if (!model.problemProperty().get().isEmpty()) {
            Label problem = new Label(model.problemProperty().get(), Icons.of(Material2AL.ERROR_OUTLINE));
            problem.getStyleClass().add(Styles.DANGER);
            getChildren().setAll(problem);
        } else if (page == null) {
            getChildren().setAll(new ProgressIndicator());
        } else {
            ScrollPane scroll = new ScrollPane(content(page));
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
            getChildren().setAll(scroll);
            // a new page starts at its top even if focus lands on the tasks table further down
            Platform.runLater(() -> scroll.setVvalue(0));
        }
    }

    private static VBox content(ProjectPage page) {
        Label name = new Label(page.project().name());
        name.setId("project-name");
        name.getStyleClass().add(Styles.TITLE_2);
        Label facts = new Label(ProjectTexts.header(page.project()));
        facts.setId("project-facts");
        facts.getStyleClass().add(Styles.TEXT_MUTED);

        String level = page.health().level().name();
        Label healthLevel = new Label("Health: " + page.health().level().label(),
                new HealthDot(level, page.health().reasons()));
        healthLevel.setId("project-health");
        healthLevel.setGraphicTextGap(8);
        healthLevel.setMinWidth(Region.USE_PREF_SIZE);
        healthLevel.getStyleClass().addAll(Styles.TEXT_BOLD, "health-text-" + page.health().level().label());
        Label reasons = new Label("— " + String.join("; ", page.health().reasons()));
        reasons.setWrapText(true);
        HBox health = new HBox(8, healthLevel, reasons);
        health.setAlignment(Pos.TOP_LEFT);

        VBox header = new VBox(4, name, facts, health);

        GridPane columns = new GridPane();
        columns.setHgap(16);
        columns.setVgap(16);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            columns.getColumnConstraints().add(column);
        }
        columns.add(new VBox(16, about(page), milestones(page)), 0, 0);
        columns.add(new VBox(16, risks(page), budget(page)), 1, 0);

        VBox content = new VBox(16, header, columns, tasks(page));
        content.getStyleClass().add("page");
        return content;
    }

    private static VBox about(ProjectPage page) {
        VBox box = new VBox(8);
        String description = page.project().description().isBlank() ? "No description yet."
                : page.project().description();
        Label text = wrapped(description);
        box.getChildren().add(text);
        if (!page.project().objectives().isEmpty()) {
            Label objectives = new Label("Objectives");
            objectives.getStyleClass().add("section-title");
            box.getChildren().add(objectives);
            page.project().objectives().forEach(o -> box.getChildren().add(wrapped("•  " + o)));
        }
        if (page.project().sponsor() != null) {
            box.getChildren().add(muted("Sponsor " + page.project().sponsor()));
        }
        return card("Overview", box);
    }

    private static VBox milestones(ProjectPage page) {
        VBox rows = new VBox(8);
        if (page.milestones().isEmpty()) {
            rows.getChildren().add(muted("No milestones yet — add the dates that matter to see slips early."));
        }
        for (Milestone milestone : page.milestones()) {
            Label name = new Label(milestone.name());
            name.setWrapText(true);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            boolean pastDue = milestone.isPastDue(page.today());
            String when = milestone.status() == MilestoneStatus.DONE
                    ? "done " + ProjectTexts.date(milestone.completed())
                    : pastDue ? DueText.of(milestone.due(), page.today()).text() : ProjectTexts.date(milestone.due());
            Label date = new Label(when);
            date.setMinWidth(Region.USE_PREF_SIZE);
            if (pastDue) {
                date.getStyleClass().add("overdue");
                date.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE, 14));
            }
            Label state = new Label(ProjectTexts.words(milestone.status()) + " · " + ProjectTexts.slip(milestone));
            state.getStyleClass().addAll(Styles.TEXT_SMALL,
                    milestone.slipDays() > 0 && milestone.status() != MilestoneStatus.DONE ? Styles.WARNING
                            : Styles.TEXT_MUTED);
            state.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(8, name, date);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(new VBox(2, row, state));
        }
        return card("Milestones", rows);
    }

    private static VBox risks(ProjectPage page) {
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

    private static String bandStyle(RiskBand band) {
        return switch (band) {
            case CRITICAL -> Styles.DANGER;
            case HIGH -> Styles.WARNING;
            case MEDIUM -> Styles.ACCENT;
            case LOW -> Styles.SUCCESS;
        };
    }

    private static VBox budget(ProjectPage page) {
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

    private static VBox tasks(ProjectPage page) {
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

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static VBox card(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(12, heading, body);
        box.getStyleClass().add("card-box");
        box.setStyle("-fx-padding: 16;");
        return box;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Label muted(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
        return label;
    }

    private static Label right(String text) {
        Label label = new Label(text);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER_RIGHT);
        return label;
    }
}
