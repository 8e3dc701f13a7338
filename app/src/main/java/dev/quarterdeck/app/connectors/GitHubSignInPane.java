package dev.quarterdeck.app.connectors;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.connectors.GitHubSignInModel.Phase;
import dev.quarterdeck.app.ui.Icons;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Connect GitHub: "Sign in with GitHub" (the device flow: the code to type, with Copy, and the address, opened in
 * the browser and copyable, while the app waits) and, below it, the personal access token route.
 */
public final class GitHubSignInPane extends VBox {

    public GitHubSignInPane(GitHubSignInModel model, Runnable useToken, Runnable close) {
        setId("github-sign-in");
        setSpacing(16);
        setPadding(new Insets(24));
        setPrefWidth(600);
        Label title = new Label("Connect GitHub");
        title.getStyleClass().add(Styles.TITLE_3);

        BooleanBinding busy = Bindings.createBooleanBinding(() -> model.phaseProperty().get() == Phase.REQUESTING
                || model.phaseProperty().get() == Phase.WAITING, model.phaseProperty());
        BooleanBinding waiting = model.phaseProperty().isEqualTo(Phase.WAITING);
        BooleanBinding connected = model.phaseProperty().isEqualTo(Phase.CONNECTED);

        Label signInHeading = new Label("Sign in with GitHub");
        signInHeading.getStyleClass().add(Styles.TITLE_4);
        Label explain = muted("GitHub shows a page where you type a short code and approve read access to your "
                + "issues and pull requests. No password or secret passes through Quarterdeck.");
        TextField clientId = new TextField();
        clientId.setId("github-client-id");
        clientId.setPromptText("Client id of your GitHub app, e.g. Iv23li…");
        clientId.textProperty().bindBidirectional(model.clientIdProperty());
        clientId.disableProperty().bind(busy.or(connected));
        HBox.setHgrow(clientId, Priority.ALWAYS);
        Button signIn = new Button("Sign in with GitHub", Icons.of(Material2AL.LOGIN, 16));
        signIn.setId("github-device-start");
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(busy.or(connected));
        signIn.setOnAction(e -> model.signIn());
        signIn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label clientLabel = new Label("Client id");
        clientLabel.getStyleClass().add(Styles.TEXT_BOLD);
        HBox clientRow = new HBox(8, clientLabel, clientId, signIn);
        clientRow.setAlignment(Pos.CENTER_LEFT);
        Label howTo = muted("How to get one: GitHub → Settings → Developer settings → GitHub Apps → New, tick "
                + "“Enable Device Flow”, give Issues and Pull requests read access, then copy its Client ID "
                + "(details in docs/github-sign-in.md).");

        VBox codeBox = codeBox(model, waiting);

        Label problem = new Label();
        problem.setId("github-device-problem");
        problem.setWrapText(true);
        problem.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE, 14));
        problem.getStyleClass().addAll(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Label status = new Label();
        status.setId("github-device-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        connected.addListener((obs, was, now) -> {
            status.setGraphic(now ? Icons.of(Material2AL.CHECK_CIRCLE_OUTLINE, 16) : null);
            status.getStyleClass().remove(Styles.SUCCESS);
            if (now) {
                status.getStyleClass().add(Styles.SUCCESS);
            }
        });

        Label tokenHeading = new Label("Or use a personal access token");
        tokenHeading.getStyleClass().add(Styles.TITLE_4);
        Button token = new Button("Paste a token instead…");
        token.setId("github-use-token");
        token.disableProperty().bind(busy.or(connected));
        token.setOnAction(e -> useToken.run());
        token.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label tokenHelp = muted("A fine-grained token with read access to issues and pull requests; you choose "
                + "the repositories.");
        HBox.setHgrow(tokenHelp, Priority.ALWAYS);
        HBox tokenRow = new HBox(12, token, tokenHelp);
        tokenRow.setAlignment(Pos.CENTER_LEFT);

        Button cancel = new Button("Cancel");
        cancel.setId("github-device-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (busy.get()) {
                model.cancel();
            } else {
                close.run();
            }
        });
        cancel.textProperty().bind(Bindings.when(busy).then("Cancel").otherwise("Close"));
        HBox actions = new HBox(cancel);
        actions.setAlignment(Pos.CENTER_RIGHT);

        getChildren().addAll(title, signInHeading, explain, clientRow, howTo, codeBox, status, problem,
                new Separator(), tokenHeading, tokenRow, actions);
    }

    /** The code in large type with Copy, the address with Copy, and a spinner while GitHub has not answered. */
    private static VBox codeBox(GitHubSignInModel model, BooleanBinding waiting) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(24, 24);
        Label enter = new Label("Enter this code on GitHub:");
        HBox heading = new HBox(12, spinner, enter);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label code = new Label();
        code.setId("github-user-code");
        code.textProperty().bind(model.userCodeProperty());
        code.getStyleClass().add(Styles.TITLE_1);
        code.setStyle("-fx-font-family: monospace;");
        Button copyCode = copyButton("Copy code", model.userCodeProperty()::get);
        copyCode.setId("github-copy-code");
        HBox codeRow = new HBox(16, code, copyCode);
        codeRow.setAlignment(Pos.CENTER_LEFT);
        Label at = muted("at this address (it opened in your browser; copy it if it did not):");
        TextField url = new TextField();
        url.setId("github-verification-url");
        url.setEditable(false);
        url.textProperty().bind(model.verificationUrlProperty());
        HBox.setHgrow(url, Priority.ALWAYS);
        Button copyUrl = copyButton("Copy address", model.verificationUrlProperty()::get);
        HBox urlRow = new HBox(8, url, copyUrl);
        urlRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, heading, codeRow, at, urlRow);
        box.getStyleClass().add("card-box");
        box.setPadding(new Insets(16));
        box.visibleProperty().bind(waiting);
        box.managedProperty().bind(waiting);
        return box;
    }

    private static Button copyButton(String text, java.util.function.Supplier<String> value) {
        Button copy = new Button(text, Icons.of(Material2AL.CONTENT_COPY, 14));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(value.get());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
            copy.setGraphic(Icons.of(Material2AL.CHECK, 14));
        });
        return copy;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }
}
