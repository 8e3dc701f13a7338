package dev.quarterdeck.app.settings;

import java.util.Optional;

/**
 * What the app remembers between runs, stored as {@code settings.json} in the data folder
 * ({@link SettingsFile}).
 *
 * @param theme          light, dark or follow the system
 * @param window         the main window's last bounds; null before the first close
 * @param keepInTray     whether closing the window keeps the app running in the system tray; null until the user
 *                       chooses, which means "yes where a tray exists"
 * @param syncMinutes    how often connected accounts sync in the background, in minutes; 0 for manual only, null
 *                       for the default ({@link SyncInterval})
 * @param githubClientId the OAuth client id used by "Sign in with GitHub" (device flow); null when not set
 */
public record Settings(ThemeChoice theme, WindowBounds window, Boolean keepInTray, Integer syncMinutes,
        String githubClientId) {

    public static final Settings DEFAULTS = new Settings(ThemeChoice.SYSTEM, null);

    public Settings {
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
    }

    /** The remembered layout alone (files written before the other settings existed). */
    public Settings(ThemeChoice theme, WindowBounds window) {
        this(theme, window, null, null, null);
    }

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(window);
    }

    public Settings withTheme(ThemeChoice newTheme) {
        return new Settings(newTheme, window, keepInTray, syncMinutes, githubClientId);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(theme, bounds, keepInTray, syncMinutes, githubClientId);
    }

    public Settings withKeepInTray(boolean keep) {
        return new Settings(theme, window, keep, syncMinutes, githubClientId);
    }

    /** Whether closing the window keeps the app in the tray: the user's choice, else yes when a tray exists. */
    public boolean keepsRunningInTray(boolean traySupported) {
        return keepInTray == null ? traySupported : keepInTray;
    }

    public SyncInterval syncInterval() {
        return SyncInterval.fromStoredMinutes(syncMinutes);
    }

    public Settings withSyncInterval(SyncInterval interval) {
        return new Settings(theme, window, keepInTray, interval.storedMinutes(), githubClientId);
    }

    public Settings withGithubClientId(String clientId) {
        return new Settings(theme, window, keepInTray, syncMinutes,
                clientId == null || clientId.isBlank() ? null : clientId.strip());
    }
}
