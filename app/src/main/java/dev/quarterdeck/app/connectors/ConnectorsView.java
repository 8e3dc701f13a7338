package dev.quarterdeck.app.connectors;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.settings.SyncInterval;
import dev.quarterdeck.app.ui.EmptyState;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.app.ui.Page;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Connected accounts: a card per account with its status chip, last sync and counts, and Connect / Test / Sync now
 * / Disconnect; above them Add connector (GitHub, Jira, Google), Test all, and Import items from file….
 */
public final class ConnectorsView extends StackPane {

    private final ConnectorsModel model;
    private final VBox cards = new VBox(8);
    private final Consumer<Path> importFile;
    private final Runnable addGoogle;
    private final Consumer<Runnable> connectGitHub;

    /**
     * @param connectGitHub opens "Connect GitHub" (sign in with GitHub); it is given the way to the token form
     */
    public ConnectorsView(ConnectorsModel model, Consumer<Path> importFile, Runnable addGoogle,
            Consumer<Runnable> connectGitHub) {
        this.model = model;
        this.importFile = importFile;
        this.addGoogle = addGoogle;
        this.connectGitHub = connectGitHub;
        setId("connectors");
        MenuButton add = new MenuButton("Add connector");
        add.setId("add-connector");
        add.getStyleClass().add(Styles.ACCENT);
        MenuItem github = new MenuItem("GitHub — sign in with GitHub or a token…");
        github.setOnAction(e -> connectGitHub.accept(this::askGitHub));
        MenuItem jira = new MenuItem("Jira Cloud (site, e-mail, API token)…");
        jira.setOnAction(e -> askJira());
        MenuItem google = new MenuItem("Google — Gmail, Calendar, Drive (OAuth client JSON)…");
        google.setOnAction(e -> addGoogle.run());
        add.getItems().addAll(github, jira, google);
        Button testAll = new Button("Test all");
        testAll.setId("test-all");
        testAll.setOnAction(e -> model.testAll());
        Button importButton = new Button("Import items from file…");
        importButton.setId("import-items");
        importButton.setOnAction(e -> chooseFile());
        Label notice = new Label();
        notice.textProperty().bind(model.noticeProperty());
        notice.getStyleClass().add(Styles.TEXT_MUTED);
        HBox toolbar = new HBox(8, add, testAll, importButton, notice);
        toolbar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        EmptyState empty = new EmptyState(Material2MZ.SYNC_ALT, "No accounts connected",
                "Add GitHub, Jira or your Google account to bring your work in, or import items from a JSON or "
                        + "CSV file (see docs/source-items.md).");
        StackPane body = new StackPane(scroll, empty);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.rows()));
        scroll.visibleProperty().bind(empty.visibleProperty().not());
        VBox content = new VBox(16, toolbar, backgroundSync(), body);
        VBox.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
        getChildren().add(new Page("Connectors", content));
        model.rows().addListener((ListChangeListener<AccountRow>) change -> rebuild());
        rebuild();
    }

    /**
     * "Sync in the background" sits here rather than in Settings: it is read next to the cards' "last sync" times
     * and the Sync now buttons, which is where a user wondering "why is this not newer?" looks.
     */
    private HBox backgroundSync() {
        SyncIntervalEditor editor = new SyncIntervalEditor(model.syncIntervalProperty());
        Label label = new Label("Sync in the background");
        label.getStyleClass().add(Styles.TEXT_BOLD);
        ComboBox<String> field = new ComboBox<>();
        field.setId("sync-interval");
        field.setEditable(true);
        field.setPrefWidth(160);
        field.getItems().setAll(SyncInterval.PRESETS.stream().map(SyncInterval::text).toList());
        field.getEditor().textProperty().bindBidirectional(editor.textProperty());
        field.setAccessibleText("Background sync interval");
        field.setTooltip(new Tooltip("From 5 min to 24 h (for example 45 min or 1 h 30 min), or Manual only"));
        field.setOnAction(e -> {
            if (field.getValue() != null) {
                editor.textProperty().set(field.getValue());
            }
            editor.commit();
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                editor.commit();
            }
        });
        editor.problemProperty().addListener((obs, old, problem) ->
                field.pseudoClassStateChanged(Styles.STATE_DANGER, !problem.isEmpty()));
        Label problem = new Label();
        problem.setId("sync-interval-problem");
        problem.textProperty().bind(editor.problemProperty());
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE, 14));
        problem.visibleProperty().bind(editor.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label description = new Label();
        description.setId("sync-interval-description");
        description.textProperty().bind(editor.descriptionProperty());
        description.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        description.visibleProperty().bind(problem.visibleProperty().not());
        description.managedProperty().bind(description.visibleProperty());
        HBox row = new HBox(12, label, field, problem, description);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private void rebuild() {
        cards.getChildren().setAll(model.rows().stream()
                .map(row -> new AccountCard(row, model, () -> reconnect(row))).toList());
    }

    private void reconnect(AccountRow row) {
        switch (row.account().kind()) {
            case GITHUB -> connectGitHub.accept(this::askGitHub);
            case JIRA -> askJira();
            default -> addGoogle.run();
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import items from file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Items (JSON, CSV)", "*.json", "*.csv"));
        java.io.File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            importFile.accept(file.toPath());
        }
    }

    private void askGitHub() {
        TextField url = new TextField("https://api.github.com");
        PasswordField token = new PasswordField();
        token.setPromptText("github_pat_…");
        form("Add GitHub", "A fine-grained personal access token with read access to issues and pull requests.",
                new String[] {"API URL", "Token"}, url, token).ifPresent(ok -> model.addGitHub(URI.create(
                        url.getText().strip()), token.getText().toCharArray()));
    }

    private void askJira() {
        TextField site = new TextField();
        site.setPromptText("https://your-site.atlassian.net");
        TextField email = new TextField();
        PasswordField token = new PasswordField();
        form("Add Jira Cloud", "Create an API token at id.atlassian.com → Security → API tokens.",
                new String[] {"Site", "E-mail", "API token"}, site, email, token).ifPresent(ok -> model.addJira(
                        URI.create(site.getText().strip()), email.getText().strip(), token.getText().toCharArray()));
    }

    private Optional<ButtonType> form(String title, String help, String[] labels, TextField... fields) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(help);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(16));
        for (int i = 0; i < fields.length; i++) {
            grid.addRow(i, new Label(labels[i]), fields[i]);
            fields[i].setPrefColumnCount(32);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        return dialog.showAndWait().filter(ButtonType.OK::equals);
    }
}
