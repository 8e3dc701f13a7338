package dev.quarterdeck.app.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/**
 * What the app remembers between runs, stored as {@code settings.json} in the data folder. Unknown fields are
 * ignored so an older version can read a newer file.
 *
 * @param theme  light, dark or follow the system
 * @param window the main window's last bounds; null before the first close
 * @param keepInTray whether closing the window keeps the app running in the system tray; null until the user
 *                   chooses, which means "yes where a tray exists"
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Settings(ThemeChoice theme, WindowBounds window, Boolean keepInTray) {

    public static final Settings DEFAULTS = new Settings(ThemeChoice.SYSTEM, null, null);

    public Settings {
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
    }

    /** The remembered layout without the tray choice (files written before there was one). */
    public Settings(ThemeChoice theme, WindowBounds window) {
        this(theme, window, null);
    }

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(window);
    }

    public Settings withTheme(ThemeChoice newTheme) {
        return new Settings(newTheme, window, keepInTray);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(theme, bounds, keepInTray);
    }

    public Settings withKeepInTray(boolean keep) {
        return new Settings(theme, window, keep);
    }

    /** Whether closing the window keeps the app in the tray: the user's choice, else yes when a tray exists. */
    public boolean keepsRunningInTray(boolean traySupported) {
        return keepInTray == null ? traySupported : keepInTray;
    }
}
