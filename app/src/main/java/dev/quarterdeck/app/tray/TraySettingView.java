package dev.quarterdeck.app.tray;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Keep running in the tray when the window is closed" setting; disabled, with the reason, where there is no
 * tray (closing the window then quits).
 */
public final class TraySettingView extends VBox {

    public TraySettingView(TrayService tray) {
        super(4);
        setId("settings-tray");
        CheckBox keep = new CheckBox("Keep running in the tray when the window is closed");
        keep.setId("tray-keep-running");
        keep.selectedProperty().bindBidirectional(tray.keepRunningProperty());
        keep.disableProperty().bind(tray.stateProperty().isNotEqualTo(TrayState.SHOWN));

        Label note = new Label();
        note.setId("tray-reason");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.textProperty().bind(Bindings.createStringBinding(() -> switch (tray.stateProperty().get()) {
            case CHECKING -> tray.reasonProperty().get();
            case SHOWN -> "New briefings appear as notifications from the tray icon; its menu has Open Quarterdeck, "
                    + "Today's briefing, Sync now and Quit.";
            case UNAVAILABLE -> "Not available: " + tray.reasonProperty().get()
                    + " Closing the window quits Quarterdeck; new briefings show in the window (a “new” mark on "
                    + "Briefing in the sidebar).";
        }, tray.stateProperty(), tray.reasonProperty()));
        getChildren().addAll(keep, note);
    }
}
