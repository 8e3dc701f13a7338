package dev.quarterdeck.app.ai;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.ui.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The "AI" section of Settings. */
public final class AiSettingsView extends VBox {

    public AiSettingsView(AiSettingsModel model) {
        super(8);
        setId("settings-ai");
        Label title = new Label("AI");
        title.getStyleClass().add(Styles.TITLE_4);

        CheckBox on = new CheckBox("Use a local language model (Ollama)");
        on.setId("ai-enabled");
        on.selectedProperty().bindBidirectional(model.enabledProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        row(grid, 0, "Base URL", "ai-base-url", model.baseUrlProperty());
        row(grid, 1, "Chat model", "ai-model", model.modelProperty());
        row(grid, 2, "Embedding model", "ai-embedding-model", model.embeddingModelProperty());
        row(grid, 3, "Timeout (seconds)", "ai-timeout", model.timeoutSecondsProperty());

        Button save = new Button("Save");
        save.setId("ai-save");
        save.setOnAction(e -> model.save());
        Button test = new Button("Test", Icons.of(Material2MZ.NETWORK_CHECK));
        test.setId("ai-test");
        test.getStyleClass().add(Styles.ACCENT);
        test.disableProperty().bind(model.testingProperty());
        test.setOnAction(e -> model.test());
        HBox buttons = new HBox(8, save, test);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label result = new Label();
        result.setId("ai-result");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.textProperty().bind(model.resultProperty());
        result.managedProperty().bind(result.textProperty().isNotEmpty());
        result.visibleProperty().bind(result.managedProperty());
        model.problemProperty().addListener((obs, old, problem) -> style(result, problem));
        style(result, model.problemProperty().get());

        Label note = new Label("When AI is off or the server cannot be reached, agents, briefings and Ask use rules, "
                + "and every text says which produced it.");
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        getChildren().addAll(title, on, grid, buttons, result, note);
    }

    private static void style(Label result, boolean problem) {
        result.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        result.getStyleClass().add(problem ? Styles.DANGER : Styles.SUCCESS);
        result.setGraphic(Icons.of(problem ? Material2AL.ERROR_OUTLINE : Material2AL.CHECK_CIRCLE_OUTLINE));
    }

    private static void row(GridPane grid, int index, String name, String id,
            javafx.beans.property.StringProperty property) {
        Label label = new Label(name);
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(32);
        field.textProperty().bindBidirectional(property);
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.addRow(index, label, field);
    }
}
