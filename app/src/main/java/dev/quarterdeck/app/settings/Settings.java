package dev.quarterdeck.app.settings;

import java.util.Optional;

/**
 * What the app remembers between runs, stored as {@code settings.json} in the data folder
 * ({@link SettingsFile}).
 *
 * @param theme  light, dark or follow the system
 * @param window the main window's last bounds; null before the first close
 */
public record Settings(ThemeChoice theme, WindowBounds window) {

    public static final Settings DEFAULTS = new Settings(ThemeChoice.SYSTEM, null);

    public Settings {
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
    }

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(window);
    }

    public Settings withTheme(ThemeChoice newTheme) {
        return new Settings(newTheme, window);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(theme, bounds);
    }
}
