package dev.quarterdeck.app.shell;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.settings.Settings;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. JavaFX creates it by reflection, so what it needs is handed over through static state
 * that {@link QuarterdeckWindow#launch} sets before launching (once per JVM, as JavaFX allows).
 */
public final class QuarterdeckApp extends Application {

    record Handover(LaunchOptions options, StoreConfig storeConfig, PrintStream console, Runnable onShown,
            CompletableFuture<Settings> settings, WorkspaceOpening opening) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(QuarterdeckApp.class);
    private static volatile Handover handover;
    private static volatile Stage primaryStage;
    private static volatile int exitCode;

    private QuarterdeckShell shell;

    static void prepare(Handover prepared) {
        handover = prepared;
    }

    static Stage primaryStage() {
        return primaryStage;
    }

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        Handover given = Objects.requireNonNull(handover, "QuarterdeckWindow.launch prepares the app");
        LaunchOptions options = given.options();
        shell = new QuarterdeckShell(options, given.settings().join(), Clock.systemDefaultZone(), System.getenv(),
                () -> Store.open(given.storeConfig()), BackgroundTasks.forJavaFx());
        if (options.startupReport()) {
            StartupReport report = new StartupReport(given.console(), Platform::exit);
            shell.onDataShown(report::dataShown);
            shell.onFailure(message -> {
                report.failed(message);
                exitCode = report.exitCode();
            });
        }
        shell.taskPanel().setBrowser(getHostServices()::showDocument);
        shell.graphTaskPanel().setBrowser(getHostServices()::showDocument);
        primaryStage = stage;
        if (LOG.isDebugEnabled()) {
            LOG.debug("Toolkit started {} ms after JVM start", StartupReport.millisSinceJvmStart());
        }
        shell.show(stage, given.opening());
        if (LOG.isDebugEnabled()) {
            LOG.debug("Window shown {} ms after JVM start", StartupReport.millisSinceJvmStart());
        }
        given.onShown().run();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
        primaryStage = null;
    }
}
