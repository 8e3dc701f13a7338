package dev.quarterdeck.app.projects.risks;

import dev.quarterdeck.core.risk.RiskBand;
import dev.quarterdeck.core.risk.RiskHeatMap;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The 5 × 5 likelihood × impact grid: each cell shows how many active risks sit there, coloured by band, with the
 * band named in its tooltip and in the legend below. Clicking a cell filters the table to it; clicking it again
 * clears the filter.
 */
final class HeatMapView extends VBox {

    private final GridPane grid = new GridPane();
    private final ToggleGroup group = new ToggleGroup();
    private final ObjectProperty<RiskHeatMap.Cell> selected;

    HeatMapView(ObjectProperty<RiskHeatMap.Cell> selected) {
        super(8);
        this.selected = selected;
        setId("risk-heat-map");
        grid.setHgap(4);
        grid.setVgap(4);
        group.selectedToggleProperty().addListener((obs, old, toggle) ->
                selected.set(toggle == null ? null : (RiskHeatMap.Cell) toggle.getUserData()));
        selected.addListener((obs, old, cell) -> {
            if (cell == null) {
                group.selectToggle(null);
            }
        });
        Label likelihood = new Label("Likelihood ↑");
        likelihood.getStyleClass().add("axis-label");
        Label impact = new Label("Impact →");
        impact.getStyleClass().add("axis-label");
        GridPane legend = new GridPane();
        legend.setHgap(16);
        legend.setVgap(2);
        RiskBand[] bands = RiskBand.values();
        for (int i = 0; i < bands.length; i++) {
            Label item = new Label("■ " + bands[i].label() + " " + range(bands[i]));
            item.getStyleClass().addAll(styleOf(bands[i]), "legend-item");
            item.setMinWidth(Region.USE_PREF_SIZE);
            legend.add(item, i % 2, i / 2);
        }
        getChildren().addAll(likelihood, grid, impact, legend);
    }

    void show(RiskHeatMap map) {
        grid.getChildren().clear();
        RiskHeatMap.Cell keep = selected.get();
        for (RiskHeatMap.Cell cell : map.cells()) {
            int count = map.count(cell);
            ToggleButton button = new ToggleButton(count == 0 ? "·" : String.valueOf(count));
            button.setId("heat-" + cell.likelihood() + "-" + cell.impact());
            button.getStyleClass().addAll("heat-cell", styleOf(cell.band()));
            button.setUserData(cell);
            button.setToggleGroup(group);
            String words = "Likelihood " + cell.likelihood() + " × impact " + cell.impact() + " = " + cell.score()
                    + ", " + cell.band().label().toLowerCase(Locale.ROOT) + ": " + count
                    + (count == 1 ? " active risk" : " active risks");
            button.setTooltip(new Tooltip(words + "\nClick to show only these"));
            button.setAccessibleText(words);
            int row = RiskHeatMap.SIZE - cell.likelihood();
            grid.add(button, cell.impact(), row);
            if (cell.equals(keep)) {
                button.setSelected(true);
            }
        }
        for (int i = 1; i <= RiskHeatMap.SIZE; i++) {
            Label rowLabel = new Label(String.valueOf(i));
            rowLabel.getStyleClass().add("axis-label");
            grid.add(rowLabel, 0, RiskHeatMap.SIZE - i);
            Label columnLabel = new Label(String.valueOf(i));
            columnLabel.getStyleClass().add("axis-label");
            GridPane.setHalignment(columnLabel, HPos.CENTER);
            grid.add(columnLabel, i, RiskHeatMap.SIZE);
        }
        grid.setAlignment(Pos.TOP_LEFT);
    }

    private static String range(RiskBand band) {
        return switch (band) {
            case LOW -> "1–4";
            case MEDIUM -> "5–9";
            case HIGH -> "10–16";
            case CRITICAL -> "20–25";
        };
    }

    static String styleOf(RiskBand band) {
        return "band-" + band.name().toLowerCase(Locale.ROOT);
    }
}
