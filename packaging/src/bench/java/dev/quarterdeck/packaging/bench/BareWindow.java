package dev.quarterdeck.packaging.bench;

import dev.quarterdeck.app.shell.StartupReport;
import dev.quarterdeck.app.shell.WindowPlacement;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of the packaged start-up and memory benchmark ({@code packaging/src/jpackage/benchmark.sh}): a bare
 * JavaFX window of Quarterdeck's default size with one label, packaged the way Quarterdeck is (jlinked runtime with
 * a CDS archive from a training run). With {@code --startup-report} it prints {@code startup-ms: N} through the
 * app's own {@link StartupReport}, so both figures are taken at the same moment (the frame after the first one
 * with content has been drawn) and counted from the same origin (the JVM's start); without it, it stays open so
 * its resident memory can be read.
 */
public final class BareWindow extends Application {

    private static final String STARTUP_REPORT = "--startup-report";

    public static void main(String[] args) {
        launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("A bare JavaFX window")), WindowPlacement.DEFAULT_WIDTH,
                WindowPlacement.DEFAULT_HEIGHT);
        stage.setTitle("Bare window");
        stage.setScene(scene);
        stage.show();
        List<String> args = getParameters().getRaw();
        if (args.contains(STARTUP_REPORT)) {
            new StartupReport(System.out, Platform::exit).dataShown(scene);
        }
    }
}
