package dev.quarterdeck.app.projects;

import java.awt.Color;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Paint;

/**
 * The theme's colours for JFreeChart (which paints with AWT colours): each is read from a probe label styled with
 * an AtlantaFX variable, so charts follow the light or dark theme without a colour written in code.
 */
record ChartColors(Color text, Color muted, Color grid, Color planned, Color actual, Color over) {

    /** Reads the colours through {@code host}, which must be in a scene for the theme to apply. */
    static ChartColors from(Pane host) {
        return new ChartColors(probe(host, "-color-fg-default"), probe(host, "-color-fg-muted"),
                probe(host, "-color-border-muted"), probe(host, "-color-accent-muted"),
                probe(host, "-color-accent-emphasis"), probe(host, "-color-danger-emphasis"));
    }

    private static Color probe(Pane host, String variable) {
        Label label = new Label();
        label.setManaged(false);
        label.setVisible(false);
        label.setStyle("-fx-text-fill: " + variable + ";");
        host.getChildren().add(label);
        try {
            label.applyCss();
            return awt(label.getTextFill());
        } finally {
            host.getChildren().remove(label);
        }
    }

    private static Color awt(Paint paint) {
        if (paint instanceof javafx.scene.paint.Color c) {
            return new Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
        }
        return Color.GRAY;
    }
}
