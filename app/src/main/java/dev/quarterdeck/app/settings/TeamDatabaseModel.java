package dev.quarterdeck.app.settings;

import dev.quarterdeck.app.teamdb.DatabaseUrl;
import dev.quarterdeck.app.teamdb.TeamDatabaseSetting;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Team database" setting on the Settings screen: the PostgreSQL URL to open at the next start instead of
 * the embedded store. A bad URL is refused with the reason next to the field, and nothing is saved.
 */
public final class TeamDatabaseModel {

    private final Path dataDir;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");

    public TeamDatabaseModel(Path dataDir) {
        this.dataDir = dataDir;
        String current = TeamDatabaseSetting.read(dataDir).orElse("");
        text.set(current);
        saved.set(current);
    }

    /** What the user types. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the typed URL was refused; empty when it was not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The URL the next start opens; empty for the embedded store. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Saves the typed URL for the next start, or says why not. */
    public void save() {
        try {
            DatabaseUrl url = TeamDatabaseSetting.save(dataDir, text.get());
            saved.set(url.url());
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(capitalised(e.getMessage()) + ".");
        } catch (UncheckedIOException e) {
            error.set(e.getMessage());
        }
    }

    /** The embedded store again at the next start. */
    public void useEmbedded() {
        try {
            TeamDatabaseSetting.clear(dataDir);
            text.set("");
            saved.set("");
            error.set("");
        } catch (UncheckedIOException e) {
            error.set(e.getMessage());
        }
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
