package dev.quarterdeck.app.settings;

import java.util.Locale;
import java.util.Map;

/**
 * What "follow system" means on JavaFX 21, which has no API for the desktop's colour scheme
 * ({@code Platform.getPreferences()} arrived in JavaFX 22, and JavaFX 22+ needs a newer JDK than we target).
 * The honest rule we can implement: the desktop prefers dark when the {@code GTK_THEME} environment variable
 * names a dark variant ({@code Adwaita:dark}) or a theme whose name ends in "-dark" ({@code Yaru-dark});
 * otherwise light. This is read once at start; a change of the desktop theme shows after a restart.
 */
public final class SystemColorScheme {

    private SystemColorScheme() {
    }

    public static boolean prefersDark(Map<String, String> environment) {
        String gtkTheme = environment.get("GTK_THEME");
        if (gtkTheme == null) {
            return false;
        }
        String theme = gtkTheme.strip().toLowerCase(Locale.ROOT);
        return theme.endsWith(":dark") || theme.endsWith("-dark");
    }
}
