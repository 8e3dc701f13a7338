package dev.quarterdeck.app.settings;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.app.ui.Page;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** Settings: the theme, and where the data lives (shown in fields that can be selected and copied). */
public final class SettingsView extends StackPane {

    public SettingsView(SettingsModel model) {
        this(model, new javafx.scene.Node[0]);
    }

    /** With further sections after the built-in ones (the AI settings). */
    public SettingsView(SettingsModel model, javafx.scene.Node... more) {
        setId("settings");
        VBox body = new VBox(24, appearance(model), data(model), teamDatabase(model.teamDatabase()));
        body.getChildren().addAll(more);
        body.setMaxWidth(760);
        body.setAlignment(Pos.TOP_LEFT);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().add(new Page("Settings", scroll));
    }

    private static VBox appearance(SettingsModel model) {
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(16);
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioButton radio = new RadioButton(choice.label());
            radio.setId("theme-" + choice.name().toLowerCase(Locale.ROOT));
            radio.setToggleGroup(group);
            radio.setUserData(choice);
            radio.setSelected(model.themeProperty().get() == choice);
            choices.getChildren().add(radio);
        }
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                model.themeProperty().set((ThemeChoice) toggle.getUserData());
            }
        });
        model.themeProperty().addListener((obs, old, choice) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == choice).findFirst().ifPresent(group::selectToggle));

        Label note = new Label("“Follow system” uses dark when the GTK_THEME environment variable names a dark "
                + "theme (for example Adwaita:dark), otherwise light; it is read when Quarterdeck starts. "
                + "Right now the system choice means " + (model.systemPrefersDark() ? "dark." : "light."));
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return section("Appearance", new VBox(8, label("Theme"), choices, note));
    }

    private static VBox data(SettingsModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        addCopyableRow(grid, 0, "Data folder", model.dataFolder(), "data-folder");
        addCopyableRow(grid, 1, "Database", model.database(), "database");
        addCopyableRow(grid, 2, "Settings file", model.settingsFile(), "settings-file");
        return section("Data", grid);
    }

    private static VBox teamDatabase(TeamDatabaseModel model) {
        TextField url = new TextField();
        url.setId("team-database-url");
        url.setPromptText("jdbc:postgresql://host:5432/quarterdeck");
        url.textProperty().bindBidirectional(model.textProperty());
        url.setOnAction(e -> model.save());
        HBox.setHgrow(url, Priority.ALWAYS);
        Button save = new Button("Use this database");
        save.setId("team-database-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> model.save());
        Button embedded = new Button("Use the embedded store");
        embedded.setId("team-database-embedded");
        embedded.disableProperty().bind(model.savedProperty().isEmpty());
        embedded.setOnAction(e -> model.useEmbedded());

        Label error = new Label();
        error.setId("team-database-error");
        error.setWrapText(true);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(model.errorProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        url.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        model.errorProperty().addListener((obs, old, text) ->
                url.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty()));

        Label state = new Label();
        state.setId("team-database-state");
        state.setWrapText(true);
        state.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        state.textProperty().bind(Bindings.createStringBinding(() -> model.savedProperty()
                .get().isEmpty()
                        ? "Next start: the embedded store in the data folder."
                        : "Next start: " + model.savedProperty().get() + ". User and password come from "
                                + "QUARTERDECK_DB_USER and QUARTERDECK_DB_PASSWORD; --db on the command line wins.",
                model.savedProperty()));

        HBox row = new HBox(8, url, save, embedded);
        row.setAlignment(Pos.CENTER_LEFT);
        return section("Team database (PostgreSQL)", new VBox(8, row, error, state));
    }

    private static void addCopyableRow(GridPane grid, int row, String name, String value, String id) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(40);
        GridPane.setHgrow(field, Priority.ALWAYS);
        Button copy = new Button(null, Icons.of(Material2AL.CONTENT_COPY));
        copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        copy.setTooltip(new Tooltip("Copy " + name.toLowerCase(Locale.ROOT)));
        copy.setAccessibleText("Copy " + name.toLowerCase(Locale.ROOT));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(value);
            Clipboard.getSystemClipboard().setContent(content);
        });
        grid.addRow(row, label(name), field, copy);
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static VBox section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(12, heading, content);
        box.getStyleClass().add("card-box");
        box.setPadding(new Insets(16));
        return box;
    }
}
