package dev.quarterdeck.app.shell;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.settings.SettingsFile;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window's entry points for the command line: launch it, and bring it to the front. */
public final class QuarterdeckWindow {

    private static final Logger LOG = LoggerFactory.getLogger(QuarterdeckWindow.class);

    private QuarterdeckWindow() {
    }

    /**
     * Launches JavaFX ({@link QuarterdeckApp}) and blocks until the app exits. {@code onShown} runs on the FX
     * thread once the window is first shown. In startup-report mode a store failure ends the JVM with exit code 1.
     *
     * @param storeConfig the store the command line chose (H2 in the data folder, or PostgreSQL in team mode)
     * @param console     where {@code --startup-report} prints its line; only the command line owns the console
     */
    public static void launch(LaunchOptions options, StoreConfig storeConfig, PrintStream console, Runnable onShown) {
        // Reading the settings (Jackson) overlaps with the toolkit's start instead of delaying the first frame.
        CompletableFuture<dev.quarterdeck.app.settings.Settings> settings = CompletableFuture
                .supplyAsync(() -> new SettingsFile(options.dataDir()).load());
        // So does opening the store and reading the first workspace, on a thread of its own.
        WorkspaceOpening opening = WorkspaceOpening.begin(() -> Store.open(storeConfig), options.demo(),
                Clock.systemDefaultZone());
        QuarterdeckApp.prepare(new QuarterdeckApp.Handover(options, storeConfig, console,
                onShown == null ? () -> { } : onShown, settings, opening));
        if (LOG.isDebugEnabled()) {
            LOG.debug("Launching the toolkit {} ms after JVM start", StartupReport.millisSinceJvmStart());
        }
        Application.launch(QuarterdeckApp.class);
        int code = QuarterdeckApp.exitCode();
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Brings the running window to the front; callable from any thread, a no-op before the window exists. */
    public static void reveal() {
        try {
            Platform.runLater(() -> {
                Stage stage = QuarterdeckApp.primaryStage();
                if (stage != null) {
                    stage.setIconified(false);
                    stage.show();
                    stage.toFront();
                    stage.requestFocus();
                }
            });
        } catch (IllegalStateException e) {
            LOG.debug("reveal() before the toolkit started: nothing to bring to the front");
        }
    }
}
