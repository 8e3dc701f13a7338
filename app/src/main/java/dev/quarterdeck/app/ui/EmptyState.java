package dev.quarterdeck.app.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A centred "nothing here yet" block: an icon, a title and one sentence of what will appear and when. */
public final class EmptyState extends VBox {

    public EmptyState(Ikon ikon, String title, String explanation) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(8);
        setFillWidth(false);

        FontIcon icon = Icons.of(ikon, 48);
        icon.getStyleClass().add("empty-state-icon");

        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);

        Label sentence = new Label(explanation);
        sentence.getStyleClass().add(Styles.TEXT_MUTED);
        sentence.setWrapText(true);
        sentence.setTextAlignment(TextAlignment.CENTER);
        sentence.setMaxWidth(440);

        getChildren().addAll(icon, heading, sentence);
    }
}
