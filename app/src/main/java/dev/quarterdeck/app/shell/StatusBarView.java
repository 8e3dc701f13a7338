package dev.quarterdeck.app.shell;

import dev.quarterdeck.app.ui.Hints;
import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.background.BackgroundJob;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.ui.Icons;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The bottom line: every running background job with its progress and a cancel button (the one place running
 * work is listed), then what is loaded and where the store is.
 */
public final class StatusBarView extends HBox {

    private final HBox jobs = new HBox(16);

    public StatusBarView(ShellModel shell, BackgroundTasks background) {
        setId("status-bar");
        getStyleClass().add("status-bar");

        jobs.setId("status-jobs");
        jobs.setAlignment(Pos.CENTER_LEFT);
        background.running().addListener((ListChangeListener<BackgroundJob>) change -> rebuild(background));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(shell.loadedCountsProperty());

        Label store = new Label();
        store.setId("status-store");
        store.setGraphic(Icons.of(Material2MZ.STORAGE, 14));
        store.textProperty().bind(shell.storeLocationProperty());
        Hints.install(store, () -> "Store: " + shell.storeLocationProperty().get());

        Separator separator = new Separator(Orientation.VERTICAL);
        separator.visibleProperty().bind(shell.loadedCountsProperty().isNotEmpty());

        getChildren().addAll(jobs, spacer, counts, separator, store);
        rebuild(background);
    }

    private void rebuild(BackgroundTasks background) {
        jobs.getChildren().clear();
        for (BackgroundJob job : background.running()) {
            jobs.getChildren().add(jobRow(job));
        }
    }

    private static HBox jobRow(BackgroundJob job) {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(job.progressProperty());
        bar.getStyleClass().add(Styles.SMALL);
        // an indeterminate bar has no width of its own: without one it shrinks to a dot
        bar.setPrefWidth(120);
        bar.setMinWidth(120);
        bar.setAccessibleText("Progress of " + job.title());

        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            String message = job.messageProperty().get();
            double progress = job.progressProperty().get();
            String percent = progress >= 0 ? " " + Math.round(progress * 100) + " %" : "";
            return job.title() + (message.isEmpty() ? "" : " — " + message) + percent;
        }, job.messageProperty(), job.progressProperty()));

        Button cancel = new Button(null, Icons.of(Material2AL.CLOSE, 14));
        cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        Hints.install(cancel, "Cancel " + job.title().toLowerCase(Locale.ROOT));
        cancel.setAccessibleText("Cancel " + job.title());
        cancel.setOnAction(e -> job.cancel());

        HBox row = new HBox(8, bar, text, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("status-job");
        return row;
    }
}
