package dev.quarterdeck.app.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A non-blocking warning beside the content it is about (e.g. why the language model's text was not used): icon and
 * text in the theme's warning colour, shown only while the text is not empty.
 */
public final class WarningLine {

    private WarningLine() {
    }

    public static Label of(String id, ObservableValue<String> text) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add(Styles.WARNING);
        line.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE));
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.textProperty().bind(text);
        line.managedProperty().bind(line.textProperty().isNotEmpty());
        line.visibleProperty().bind(line.managedProperty());
        return line;
    }
}
