package dev.quarterdeck.app.projects.registers;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.ui.Icons;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The bottom-of-the-tab message after a change: what happened and, when it can be reverted, an Undo button. Hides
 * itself after six seconds; a new message replaces the old one.
 */
public final class Snackbar {

    private static final Duration SHOWN_FOR = Duration.seconds(6);

    private final StackPane layer;
    private final PauseTransition timer = new PauseTransition(SHOWN_FOR);
    private Notification current;

    public Snackbar(StackPane layer) {
        this.layer = layer;
        timer.setOnFinished(e -> hide());
    }

    public void show(String message, Runnable undo) {
        hide();
        Notification notification = new Notification(message, Icons.of(Material2AL.CHECK_CIRCLE_OUTLINE));
        notification.setId("snackbar");
        notification.getStyleClass().add(Styles.ELEVATED_2);
        notification.setMaxSize(520, javafx.scene.layout.Region.USE_PREF_SIZE);
        if (undo != null) {
            Button button = new Button("Undo");
            button.setId("snackbar-undo");
            button.setOnAction(e -> {
                hide();
                undo.run();
            });
            button.setTooltip(new javafx.scene.control.Tooltip("Undo (Ctrl+Z)"));
            notification.setPrimaryActions(button);
        }
        notification.setOnClose(e -> hide());
        StackPane.setAlignment(notification, Pos.BOTTOM_CENTER);
        StackPane.setMargin(notification, new javafx.geometry.Insets(0, 0, 16, 0));
        layer.getChildren().add(notification);
        current = notification;
        timer.playFromStart();
    }

    /** Undoes the tab's last change and says how that went. */
    public void undo(LastChange change) {
        change.undo(message -> show(message, null), message -> show(message, null));
    }

    public void hide() {
        timer.stop();
        if (current != null) {
            layer.getChildren().remove(current);
            current = null;
        }
    }
}
