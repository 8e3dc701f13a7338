package dev.quarterdeck.app.briefing;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.briefing.BriefingKind;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;

/** The "Briefings" section of Settings: a row per briefing (on/off, time, the weekly day), Save, then extras. */
public final class BriefingSettingsView extends VBox {

    public BriefingSettingsView(BriefingSettingsModel model, Node... extras) {
        super(12);
        setId("settings-briefings");
        getStyleClass().add("card-box");
        setPadding(new Insets(16));
        Label title = new Label("Briefings");
        title.getStyleClass().add(Styles.TITLE_4);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        for (BriefingKind kind : BriefingKind.values()) {
            addRow(grid, row++, model, model.slot(kind));
        }

        Label note = new Label("Morning, midday and evening briefings come on working days (Monday to Friday). "
                + "A time that passed while the computer slept or Quarterdeck was closed is made up once, at wake "
                + "or start; a saved change applies at once.");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        Button save = new Button("Save");
        save.setId("briefing-settings-save");
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> model.save());
        Label status = new Label();
        status.setId("briefing-settings-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.textProperty().addListener((obs, old, text) -> style(status, model.problemProperty().get()));
        model.problemProperty().addListener((obs, old, problem) -> style(status, problem));
        HBox actions = new HBox(12, save, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, grid, note, actions);
        if (extras.length > 0) {
            getChildren().add(new Separator());
            getChildren().addAll(extras);
        }
    }

    private static void addRow(GridPane grid, int row, BriefingSettingsModel model, SlotFields slot) {
        String id = slot.kind().name().toLowerCase(Locale.ROOT);
        ToggleSwitch on = new ToggleSwitch(label(slot.kind()));
        on.setId("briefing-on-" + id);
        on.selectedProperty().bindBidirectional(slot.onProperty());
        on.setMinWidth(Region.USE_PREF_SIZE);

        Node when;
        if (slot.kind() == BriefingKind.WEEKLY) {
            ComboBox<DayOfWeek> day = new ComboBox<>();
            day.setId("briefing-weekday");
            day.getItems().setAll(DayOfWeek.values());
            day.setConverter(new StringConverter<>() {
                @Override
                public String toString(DayOfWeek value) {
                    return value == null ? "" : value.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                }

                @Override
                public DayOfWeek fromString(String text) {
                    return null;
                }
            });
            day.valueProperty().bindBidirectional(model.weekdayProperty());
            day.disableProperty().bind(slot.onProperty().not());
            day.setAccessibleText("Day of the weekly review");
            when = day;
        } else {
            Label daily = new Label("Mon–Fri");
            daily.getStyleClass().add(Styles.TEXT_MUTED);
            when = daily;
        }

        TextField time = new TextField();
        time.setId("briefing-time-" + id);
        time.setPrefColumnCount(5);
        time.setPromptText("HH:mm");
        time.setAccessibleText(label(slot.kind()) + " time");
        time.textProperty().bindBidirectional(slot.timeProperty());
        time.disableProperty().bind(slot.onProperty().not());

        Label error = new Label();
        error.setId("briefing-error-" + id);
        error.setWrapText(true);
        error.setMaxWidth(340);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE));
        error.textProperty().bind(slot.errorProperty());
        error.visibleProperty().bind(slot.errorProperty().isNotEmpty());
        slot.errorProperty().addListener((obs, old, text) ->
                time.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty()));

        grid.addRow(row, on, when, time, error);
    }

    static String label(BriefingKind kind) {
        return switch (kind) {
            case MORNING -> "Morning plan";
            case MIDDAY -> "Midday check";
            case EVENING -> "Evening summary";
            case WEEKLY -> "Weekly review";
        };
    }

    private static void style(Label status, boolean problem) {
        status.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        if (!status.getText().isEmpty() || problem) {
            status.getStyleClass().add(problem ? Styles.DANGER : Styles.SUCCESS);
        }
    }
}
