package dev.quarterdeck.app.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The common frame of a screen: a title, an optional line under it, then the body filling the rest. */
public final class Page extends VBox {

    private final Label subtitle = new Label();

    public Page(String title, Node body) {
        getStyleClass().add("page");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_2);
        heading.setId("page-title");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setId("page-subtitle");
        subtitle.managedProperty().bind(subtitle.textProperty().isNotEmpty());
        subtitle.visibleProperty().bind(subtitle.managedProperty());
        VBox header = new VBox(heading, subtitle);
        header.getStyleClass().add("page-header");
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);
    }

    public Label subtitle() {
        return subtitle;
    }
}
