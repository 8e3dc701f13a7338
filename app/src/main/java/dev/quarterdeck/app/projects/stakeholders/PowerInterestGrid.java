package dev.quarterdeck.app.projects.stakeholders;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.stakeholder.StakeholderQuadrant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The power/interest grid: four quadrants (influence 3+ is high, interest 3+ is high), each named with what it asks
 * for and listing its people with their ratings; a name selects the stakeholder in the table.
 */
final class PowerInterestGrid extends VBox {

    private final GridPane grid = new GridPane();
    private final Consumer<Stakeholder> onPick;

    PowerInterestGrid(Consumer<Stakeholder> onPick) {
        super(4);
        this.onPick = onPick;
        setId("power-interest-grid");
        grid.setHgap(4);
        grid.setVgap(4);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        grid.setPrefHeight(300);
        VBox.setVgrow(grid, Priority.ALWAYS);
        Label power = new Label("Influence ↑ (high = 3–5)");
        power.getStyleClass().add("axis-label");
        Label interest = new Label("Interest → (high = 3–5)");
        interest.getStyleClass().add("axis-label");
        getChildren().addAll(power, grid, interest);
    }

    void show(List<Stakeholder> stakeholders, LocalDate today) {
        grid.getChildren().clear();
        grid.add(quadrant(StakeholderQuadrant.KEEP_SATISFIED, "quadrant-satisfied", stakeholders, today), 0, 0);
        grid.add(quadrant(StakeholderQuadrant.MANAGE_CLOSELY, "quadrant-manage", stakeholders, today), 1, 0);
        grid.add(quadrant(StakeholderQuadrant.MONITOR, "quadrant-monitor", stakeholders, today), 0, 1);
        grid.add(quadrant(StakeholderQuadrant.KEEP_INFORMED, "quadrant-informed", stakeholders, today), 1, 1);
    }

    private VBox quadrant(StakeholderQuadrant quadrant, String style, List<Stakeholder> all, LocalDate today) {
        Label title = new Label(quadrant.label());
        title.getStyleClass().add("quadrant-title");
        VBox box = new VBox(2, title);
        box.getStyleClass().addAll("grid-quadrant", style);
        box.setId("quadrant-" + quadrant.name().toLowerCase(java.util.Locale.ROOT));
        List<Stakeholder> inside = all.stream().filter(s -> StakeholderQuadrant.of(s) == quadrant).toList();
        if (inside.isEmpty()) {
            Label none = new Label("nobody");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(none);
        }
        for (Stakeholder s : inside) {
            Hyperlink name = new Hyperlink(s.name() + "  " + s.influence() + "/" + s.interest()
                    + (s.isDueForUpdate(today) ? " · due" : ""));
            name.setTooltip(new Tooltip("Influence " + s.influence() + ", interest " + s.interest()
                    + (s.role() == null ? "" : " · " + s.role())));
            name.setOnAction(e -> onPick.accept(s));
            name.setPadding(javafx.geometry.Insets.EMPTY);
            if (s.isDueForUpdate(today)) {
                name.getStyleClass().add("flag-warning");
            }
            box.getChildren().add(name);
        }
        return box;
    }
}
