package dev.quarterdeck.app.settings;

import dev.quarterdeck.app.background.BackgroundTasks;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Settings screen's state and the one owner of the remembered {@link Settings}: a theme change takes
 * effect at once (through {@link #darkProperty()}) and is saved in the background; the window bounds are saved
 * when the window closes. Every save writes the latest state, so saves cannot undo each other.
 */
public final class SettingsModel {

    private final SettingsFile file;
    private final BackgroundTasks background;
    private final boolean systemPrefersDark;
    private final String dataFolder;
    private final String database;
    private final TeamDatabaseModel teamDatabase;
    private final ObjectProperty<ThemeChoice> theme;
    private final BooleanBinding dark;
    private final ObjectProperty<SyncInterval> syncInterval;
    private volatile Settings current;

    public SettingsModel(Settings initial, SettingsFile file, BackgroundTasks background, boolean systemPrefersDark,
            String dataFolder, String database) {
        this.file = file;
        this.background = background;
        this.systemPrefersDark = systemPrefersDark;
        this.dataFolder = dataFolder;
        this.database = database;
        this.teamDatabase = new TeamDatabaseModel(Path.of(dataFolder));
        this.current = initial;
        this.theme = new SimpleObjectProperty<>(this, "theme", initial.theme());
        this.dark = Bindings.createBooleanBinding(() -> theme.get().isDark(systemPrefersDark), theme);
        theme.addListener((obs, old, choice) -> {
            if (choice == null) {
                theme.set(old);
                return;
            }
            current = current.withTheme(choice);
            saveInBackground();
        });
        this.syncInterval = new SimpleObjectProperty<>(this, "syncInterval", initial.syncInterval());
        syncInterval.addListener((obs, old, interval) -> {
            if (interval == null) {
                syncInterval.set(old);
                return;
            }
            current = current.withSyncInterval(interval);
            saveInBackground();
        });
    }

    private void saveInBackground() {
        background.run("Saving settings", this::saveLatest, done -> { }, failure -> { });
    }

    /** How often connected accounts sync in the background; a change is applied by the connectors at once. */
    public ObjectProperty<SyncInterval> syncIntervalProperty() {
        return syncInterval;
    }

    /** The client id "Sign in with GitHub" uses; empty when none was entered yet. */
    public String githubClientId() {
        return current.githubClientId() == null ? "" : current.githubClientId();
    }

    /** Remembers the client id that signed in, saved in the background. FX thread. */
    public void rememberGithubClientId(String clientId) {
        current = current.withGithubClientId(clientId);
        saveInBackground();
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    /** True when the dark theme should be shown, given the choice and the desktop's preference. */
    public BooleanBinding darkProperty() {
        return dark;
    }

    public boolean systemPrefersDark() {
        return systemPrefersDark;
    }

    public String dataFolder() {
        return dataFolder;
    }

    public String database() {
        return database;
    }

    public TeamDatabaseModel teamDatabase() {
        return teamDatabase;
    }

    public String settingsFile() {
        return file.path().toString();
    }

    public Settings current() {
        return current;
    }

    /** Remembers where the window is; saved right away on the calling thread (used on close). */
    public void rememberWindow(WindowBounds bounds) {
        current = current.withWindow(bounds);
        saveLatest();
    }

    /** Remembers the "keep running in the tray" choice; saved in the background. */
    public void rememberKeepInTray(boolean keep) {
        current = current.withKeepInTray(keep);
        background.run("Saving settings", this::saveLatest, done -> { }, failure -> { });
    }

    private synchronized Void saveLatest() {
        file.save(current);
        return null;
    }
}
