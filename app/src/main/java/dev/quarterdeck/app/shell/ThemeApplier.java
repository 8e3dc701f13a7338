package dev.quarterdeck.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/**
 * Switches the AtlantaFX Primer user-agent stylesheet for the whole app. FX thread only. Uses the themes' binary
 * form (.bss), which JavaFX loads without parsing the 170 KB of CSS text on the start-up path.
 */
public final class ThemeApplier {

    private static final String LIGHT = new PrimerLight().getUserAgentStylesheetBSS();
    private static final String DARK = new PrimerDark().getUserAgentStylesheetBSS();

    private ThemeApplier() {
    }

    public static void apply(boolean dark) {
        String stylesheet = dark ? DARK : LIGHT;
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
    }
}
