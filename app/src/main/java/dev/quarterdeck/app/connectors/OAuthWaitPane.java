package dev.quarterdeck.app.connectors;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The body of the Google sign-in wait: "Waiting for your browser…", the sign-in address to copy when no browser
 * opened, and Cancel (which stops the loopback receiver).
 */
public final class OAuthWaitPane extends VBox {

    public OAuthWaitPane(String authorizationUrl, String browserProblem, Runnable cancel) {
        setId("oauth-wait");
        setSpacing(12);
        setPadding(new Insets(24));
        setPrefWidth(560);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        Label title = new Label("Waiting for your browser…");
        title.getStyleClass().add(Styles.TITLE_3);
        HBox heading = new HBox(12, spinner, title);
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label explain = new Label(browserProblem == null
                ? "Finish signing in to Google in the browser window that opened. Quarterdeck asks for read-only "
                        + "access to Gmail, Calendar and Drive; this window closes by itself when you are done."
                : "Your browser could not be opened (" + browserProblem + "). Copy this address into a browser "
                        + "to sign in:");
        explain.setWrapText(true);
        TextField url = new TextField(authorizationUrl);
        url.setEditable(false);
        url.setId("oauth-url");
        HBox.setHgrow(url, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(authorizationUrl);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        Label fallback = new Label("Browser did not open? Copy the sign-in address:");
        fallback.getStyleClass().add(Styles.TEXT_MUTED);
        Button cancelButton = new Button("Cancel");
        cancelButton.setId("oauth-cancel");
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> cancel.run());
        HBox actions = new HBox(cancelButton);
        actions.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        getChildren().addAll(heading, explain, fallback, new HBox(8, url, copy), actions);
    }
}
