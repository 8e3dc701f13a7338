package dev.quarterdeck.app.graph;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The canvas cannot use CSS, so it reads the theme through invisible regions: each {@link Role} is a region
 * whose style class (graph.css) sets its background to an AtlantaFX colour variable. When the theme changes
 * CSS restyles them and {@code onChange} runs, so the canvas redraws in the new colours.
 */
final class ThemeColours extends Pane {

    enum Role {
        CANVAS, LANE_ALT, LANE_LINE, LANE_TEXT, TEXT, TEXT_MUTED,
        TODO_FILL, DOING_FILL, WAITING_FILL, DONE_FILL, CANCELLED_FILL,
        TODO_MARK, DOING_MARK, WAITING_MARK, DONE_MARK, CANCELLED_MARK,
        BAND_HIGH, BAND_MEDIUM, BAND_LOW,
        EDGE_ORDER, EDGE_LOOSE, CRITICAL, CYCLE, SELECTION
    }

    private final Map<Role, Region> regions = new EnumMap<>(Role.class);

    ThemeColours(Runnable onChange) {
        setManaged(false);
        setVisible(false);
        setMouseTransparent(true);
        for (Role role : Role.values()) {
            Region region = new Region();
            region.getStyleClass().add("graph-colour-" + role.name().toLowerCase().replace('_', '-'));
            region.backgroundProperty().addListener((obs, old, now) -> onChange.run());
            regions.put(role, region);
            getChildren().add(region);
        }
    }

    Paint paint(Role role) {
        Background background = regions.get(role).getBackground();
        if (background == null || background.getFills().isEmpty()) {
            return Color.GRAY;
        }
        return background.getFills().get(0).getFill();
    }

    Color colour(Role role) {
        return paint(role) instanceof Color c ? c : Color.GRAY;
    }
}
