package dev.quarterdeck.app.shell;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.ui.Icons;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** What the content area shows before the workspace is ready: loading, the first-run welcome, a failure. */
final class StartScreens {

    private StartScreens() {
    }

    static Node loading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(48, 48);
        Label text = new Label("Opening your workspace…");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(16, spinner, text);
        box.setAlignment(Pos.CENTER);
        box.setId("loading");
        return box;
    }

    static Node welcome(Runnable createDemo, Runnable startEmpty, ObservableBooleanValue busy,
            String storeLocation) {
        Label mark = new Label("◆");
        mark.getStyleClass().addAll(Styles.TITLE_1, "brand-mark");
        Label title = new Label("Welcome to Quarterdeck");
        title.getStyleClass().add(Styles.TITLE_1);
        Label text = new Label("Your workspace is empty. Look around with a demo workspace — five projects with "
                + "tasks, risks, milestones and budgets, dated around today — or start with nothing and add "
                + "your own.");
        text.setWrapText(true);
        text.setTextAlignment(TextAlignment.CENTER);
        text.setMaxWidth(520);
        text.getStyleClass().add(Styles.TEXT_MUTED);

        Button demo = new Button("Create demo workspace");
        demo.setId("create-demo");
        demo.getStyleClass().add(Styles.ACCENT);
        demo.setDefaultButton(true);
        demo.setOnAction(e -> createDemo.run());
        Button empty = new Button("Start empty");
        empty.setId("start-empty");
        empty.setOnAction(e -> startEmpty.run());
        demo.disableProperty().bind(busy);
        empty.disableProperty().bind(busy);

        Label note = new Label("Either way, your workspace is stored in " + storeLocation + ".");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        HBox buttons = new HBox(12, demo, empty);
        buttons.setAlignment(Pos.CENTER);
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(24, 24);
        Label workingText = new Label("Setting up your workspace…");
        workingText.getStyleClass().add(Styles.TEXT_MUTED);
        HBox progress = new HBox(8, working, workingText);
        progress.setId("welcome-progress");
        progress.setAlignment(Pos.CENTER);
        progress.visibleProperty().bind(busy);
        progress.managedProperty().bind(busy);
        VBox box = new VBox(16, mark, title, text, buttons, progress, note);
        box.setAlignment(Pos.CENTER);
        box.setId("welcome");
        box.getStyleClass().add("welcome");
        return box;
    }

    static Node failure(String message) {
        FontIcon icon = Icons.of(Material2AL.ERROR_OUTLINE, 48);
        Label title = new Label("Quarterdeck could not open its data");
        title.getStyleClass().add(Styles.TITLE_3);
        Label detail = new Label(message);
        detail.setId("failure-message");
        detail.setWrapText(true);
        detail.setMaxWidth(560);
        detail.setTextAlignment(TextAlignment.CENTER);
        detail.setAlignment(Pos.CENTER);
        Label hint = new Label("Nothing was changed. Fix the cause above, then start Quarterdeck again.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, icon, title, detail, hint);
        box.setAlignment(Pos.CENTER);
        box.setId("failure");
        box.getStyleClass().add("error-screen");
        return box;
    }
}
