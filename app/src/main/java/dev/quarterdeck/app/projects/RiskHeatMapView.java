package dev.quarterdeck.app.projects;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.core.risk.RiskBand;
import dev.quarterdeck.core.risk.RiskHeatMap;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The portfolio's 5×5 risk matrix: likelihood up, impact across, the number of active risks in each cell on the
 * band's colour, with the band written in the tooltip. Clicking a cell filters the portfolio to projects with a
 * risk there; clicking it again clears the filter.
 */
final class RiskHeatMapView extends VBox {

    private static final int CELL = 34;
    private final GridPane grid = new GridPane();
    private final ObjectProperty<PortfolioModel.Cell> selected;

    RiskHeatMapView(ObjectProperty<PortfolioModel.Cell> selected) {
        this.selected = selected;
        setId("portfolio-heat-map");
        setSpacing(4);
        grid.setHgap(2);
        grid.setVgap(2);
        Label title = new Label("Risk heat map (active risks)");
        title.getStyleClass().add("section-title");
        Label axis = new Label("likelihood ↑ · impact →");
        axis.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        getChildren().addAll(title, grid, axis);
        selected.addListener((obs, old, now) -> highlight());
    }

    void show(RiskHeatMap map) {
        grid.getChildren().clear();
        for (int likelihood = RiskHeatMap.SIZE; likelihood >= 1; likelihood--) {
            Label rowLabel = axisLabel(String.valueOf(likelihood));
            grid.add(rowLabel, 0, RiskHeatMap.SIZE - likelihood);
            for (int impact = 1; impact <= RiskHeatMap.SIZE; impact++) {
                grid.add(cell(map, likelihood, impact), impact, RiskHeatMap.SIZE - likelihood);
            }
        }
        for (int impact = 1; impact <= RiskHeatMap.SIZE; impact++) {
            grid.add(axisLabel(String.valueOf(impact)), impact, RiskHeatMap.SIZE);
        }
        highlight();
    }

    private Label cell(RiskHeatMap map, int likelihood, int impact) {
        int count = map.count(likelihood, impact);
        int score = likelihood * impact;
        RiskBand band = RiskBand.of(score);
        Label cell = new Label(count == 0 ? "" : String.valueOf(count));
        cell.setId("heat-" + likelihood + "-" + impact);
        cell.setUserData(new PortfolioModel.Cell(likelihood, impact));
        cell.setMinSize(CELL, CELL);
        cell.setPrefSize(CELL, CELL);
        cell.setAlignment(Pos.CENTER);
        cell.getStyleClass().add(Styles.TEXT_BOLD);
        String background = switch (band) {
            case LOW -> "-color-success-muted";
            case MEDIUM -> "-color-warning-muted";
            case HIGH -> "-color-danger-muted";
            case CRITICAL -> "-color-danger-emphasis";
        };
        String text = band == RiskBand.CRITICAL ? "-color-fg-emphasis" : "-color-fg-default";
        cell.setStyle("-fx-background-color: " + background + "; -fx-text-fill: " + text
                + "; -fx-background-radius: 4; -fx-border-radius: 4; -fx-border-width: 2;"
                + " -fx-border-color: transparent;");
        String description = "Likelihood " + likelihood + " × impact " + impact + " = " + score + ", "
                + band.label() + ": " + count + (count == 1 ? " active risk" : " active risks")
                + (count == 0 ? "" : " — click to show these projects");
        cell.setAccessibleText(description);
        Tooltip.install(cell, new Tooltip(description));
        cell.setOnMouseClicked(e -> {
            PortfolioModel.Cell clicked = (PortfolioModel.Cell) cell.getUserData();
            selected.set(clicked.equals(selected.get()) ? null : clicked);
        });
        return cell;
    }

    private void highlight() {
        grid.getChildren().forEach(node -> {
            if (node.getUserData() instanceof PortfolioModel.Cell c) {
                String style = node.getStyle().replaceAll("-fx-border-color: [^;]+;", "");
                node.setStyle(style + " -fx-border-color: "
                        + (c.equals(selected.get()) ? "-color-accent-emphasis;" : "transparent;"));
            }
        });
    }

    private static Label axisLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setMinWidth(14);
        label.setAlignment(Pos.CENTER);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
