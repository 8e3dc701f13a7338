package dev.quarterdeck.app.projects.registers;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The theme's colours for drawings that CSS cannot reach (JFreeChart paints with AWT colours): invisible probe labels
 * whose text fill is an AtlantaFX variable. When the theme changes the probes restyle and {@code onChange} runs, so
 * a chart can repaint in the new colours.
 */
public final class ThemeColors {

    private final Map<String, Label> probes = new LinkedHashMap<>();
    private boolean pending;

    public ThemeColors(Pane host, Runnable onChange, String... variables) {
        for (String variable : variables) {
            Label probe = new Label();
            probe.setStyle("-fx-text-fill: " + variable + ";");
            probe.setManaged(false);
            probe.setVisible(false);
            // a theme change restyles every probe: repaint once, after all of them
            probe.textFillProperty().addListener((obs, old, fill) -> {
                if (!pending) {
                    pending = true;
                    javafx.application.Platform.runLater(() -> {
                        pending = false;
                        onChange.run();
                    });
                }
            });
            probes.put(variable, probe);
            host.getChildren().add(probe);
        }
    }

    /** The variable's current colour, as AWT colour. */
    public java.awt.Color awt(String variable) {
        Paint paint = probes.get(variable).getTextFill();
        Color color = paint instanceof Color c ? c : Color.GRAY;
        return new java.awt.Color((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue(),
                (float) color.getOpacity());
    }
}
