package dev.quarterdeck.app.portability;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.cli.Version;
import dev.quarterdeck.app.diagnostics.DiagnosticsModel;
import dev.quarterdeck.app.diagnostics.DiagnosticsView;
import dev.quarterdeck.core.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Wires the File menu, its prompts, the snackbar, the Diagnostics window and the daily backup for the main
 * window; the composition root creates one and places {@link #menu()} and {@link #snackbar()}.
 */
public final class FileFeatures implements AutoCloseable {

    private final Snackbar snackbar = new Snackbar();
    private final DialogPrompts prompts;
    private final FileMenuModel model;
    private final DiagnosticsModel diagnostics;
    private final AutoBackup autoBackup;
    private final Supplier<Window> owner;
    private final Supplier<String> stylesheet;
    private FileMenu menu;
    private Stage diagnosticsStage;

    /**
     * @param store           the open store (throws while it is not open yet)
     * @param projectOnScreen the project page shown, if any
     * @param reload          reads the workspace again after an import or restore
     * @param adoptStore      hands the store opened after a restore to the session
     */
    public FileFeatures(BackgroundTasks background, Supplier<Window> owner, Supplier<String> stylesheet,
            Supplier<Store> store, Supplier<Optional<UUID>> projectOnScreen, Runnable reload,
            Consumer<Store> adoptStore, Path dataDir, Clock clock) {
        this.owner = owner;
        this.stylesheet = stylesheet;
        this.prompts = new DialogPrompts(owner, snackbar);
        Map<String, String> about = new LinkedHashMap<>();
        about.put("Quarterdeck", Version.current());
        about.put("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        about.put("JavaFX", String.valueOf(System.getProperty("javafx.runtime.version")));
        about.put("System", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        about.put("Memory", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB max heap");
        this.model = new FileMenuModel(background, prompts, new FileMenuModel.Workspace(store, projectOnScreen,
                reload, adoptStore, config -> Store.open(config, Clock.systemUTC()), dataDir, about), clock);
        this.diagnostics = new DiagnosticsModel(background, store, dataDir);
        this.autoBackup = new AutoBackup(background, store, dataDir, clock);
    }

    public FileMenu menu() {
        if (menu == null) {
            menu = new FileMenu(model, this::openDiagnostics, () -> prompts.startIn(model.backupFolder()));
        }
        return menu;
    }

    public Snackbar snackbar() {
        return snackbar;
    }

    public FileMenuModel model() {
        return model;
    }

    /** Starts the daily backup check (after the workspace has been shown, never during start-up). */
    public void startAutoBackup() {
        autoBackup.start();
    }

    /** Opens (or brings to the front) the Diagnostics window and loads its data. */
    public void openDiagnostics() {
        if (diagnosticsStage == null) {
            DiagnosticsView view = new DiagnosticsView(diagnostics, model::exportDiagnostics);
            Scene scene = new Scene(view, 1000, 640);
            scene.getStylesheets().add(stylesheet.get());
            diagnosticsStage = new Stage();
            diagnosticsStage.setTitle("Quarterdeck diagnostics");
            diagnosticsStage.setScene(scene);
            if (owner.get() != null) {
                diagnosticsStage.initOwner(owner.get());
            }
        }
        diagnostics.refresh();
        diagnosticsStage.show();
        diagnosticsStage.toFront();
    }

    /** The Diagnostics window once opened (tests and screenshots). */
    public Optional<Stage> diagnosticsStage() {
        return Optional.ofNullable(diagnosticsStage);
    }

    @Override
    public void close() {
        autoBackup.close();
        if (diagnosticsStage != null) {
            diagnosticsStage.close();
        }
    }
}
