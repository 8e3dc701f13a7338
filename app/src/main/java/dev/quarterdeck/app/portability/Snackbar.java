package dev.quarterdeck.app.portability;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.ui.Icons;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Messages at the bottom of the window (AtlantaFX {@link Notification}): success fades after a few seconds,
 * a failure stays until closed. Severity is the colour and the icon and the words.
 */
public final class Snackbar extends StackPane {

    private final PauseTransition hide = new PauseTransition(Duration.seconds(6));

    public Snackbar() {
        setId("snackbar");
        setPickOnBounds(false);
        setAlignment(Pos.BOTTOM_CENTER);
        setPadding(new Insets(0, 0, 48, 0));
        setMouseTransparent(false);
        hide.setOnFinished(e -> getChildren().clear());
    }

    public void show(String message, boolean failure) {
        Notification note = new Notification((failure ? "Failed: " : "") + message,
                Icons.of(failure ? Material2AL.ERROR_OUTLINE : Material2AL.CHECK_CIRCLE_OUTLINE));
        note.setId("snackbar-message");
        note.getStyleClass().addAll(Styles.ELEVATED_1, failure ? Styles.DANGER : Styles.SUCCESS);
        note.setPrefWidth(560);
        note.setMaxWidth(560);
        note.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setOnClose(e -> getChildren().remove(note));
        getChildren().setAll(note);
        hide.stop();
        if (!failure) {
            hide.playFromStart();
        }
    }
}
