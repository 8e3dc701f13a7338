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
        String[] variables = {"-color-fg-default", "-color-fg-muted", "-color-border-muted", "-color-accent-muted",
            "-color-accent-emphasis", "-color-danger-emphasis"};
        Label[] probes = new Label[variables.length];
        for (int i = 0; i < variables.length; i++) {
            probes[i] = new Label();
            probes[i].setManaged(false);
            probes[i].setVisible(false);
            probes[i].setStyle("-fx-text-fill: " + variables[i] + ";");
        }
        host.getChildren().addAll(probes);
        try {
            // one CSS pass for all probes: applyCss starts at the top-most dirty parent, so a pass per probe
            // would restyle the whole screen six times
            host.applyCss();
            return new ChartColors(awt(probes[0].getTextFill()), awt(probes[1].getTextFill()),
                    awt(probes[2].getTextFill()), awt(probes[3].getTextFill()), awt(probes[4].getTextFill()),
                    awt(probes[5].getTextFill()));
        } finally {
            host.getChildren().removeAll(probes);
        }
    }

    private static Color awt(Paint paint) {
        if (paint instanceof javafx.scene.paint.Color c) {
            return new Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
        }
        return Color.GRAY;
    }
}
