package dev.quarterdeck.app.diagnostics;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.diagnostics.DiagnosticsArchive;
import dev.quarterdeck.core.diagnostics.DiagnosticsSnapshot;
import dev.quarterdeck.core.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the Diagnostics view shows, loaded in the background: the store's figures and the log's last lines. */
public final class DiagnosticsModel {

    static final int RECENT_LINES = 300;
    static final int LIMIT = 50;

    private final BackgroundTasks background;
    private final Supplier<Store> store;
    private final Path dataDir;
    private final ObjectProperty<DiagnosticsSnapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final ObservableList<String> logLines = FXCollections.observableArrayList();
    private final StringProperty failure = new SimpleStringProperty(this, "failure", "");

    public DiagnosticsModel(BackgroundTasks background, Supplier<Store> store, Path dataDir) {
        this.background = background;
        this.store = store;
        this.dataDir = dataDir;
    }

    private record Loaded(DiagnosticsSnapshot snapshot, List<String> lines) {
    }

    public void refresh() {
        background.run("Loading diagnostics", () -> new Loaded(DiagnosticsSnapshot.read(store.get(), LIMIT),
                DiagnosticsArchive.recentLines(logFile(), RECENT_LINES)), loaded -> {
                    failure.set("");
                    snapshot.set(loaded.snapshot());
                    logLines.setAll(loaded.lines());
                }, error -> failure.set(error.getMessage() == null ? error.toString() : error.getMessage()));
    }

    public Path logFile() {
        return FileLogging.folder(dataDir).resolve(FileLogging.FILE_NAME);
    }

    public ObjectProperty<DiagnosticsSnapshot> snapshotProperty() {
        return snapshot;
    }

    public ObservableList<String> logLines() {
        return logLines;
    }

    public StringProperty failureProperty() {
        return failure;
    }
}
