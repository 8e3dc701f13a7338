package dev.quarterdeck.app.connectors;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.connector.ConnectorStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One account: source icon, name and account, status chip (text and colour), last sync, items, and its actions. */
final class AccountCard extends HBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    AccountCard(AccountRow row, ConnectorsModel model, Runnable reconnect) {
        getStyleClass().add("connector-card");
        setSpacing(16);
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-fx-background-color: -color-bg-subtle; -fx-border-color: -color-border-muted; "
                + "-fx-background-radius: 6; -fx-border-radius: 6; -fx-padding: 12 16 12 16;");

        ConnectorAccount account = row.account();
        Label name = new Label(account.displayName());
        name.getStyleClass().add(Styles.TITLE_4);
        Label who = new Label(account.account() == null ? "" : account.account());
        who.getStyleClass().add(Styles.TEXT_MUTED);
        who.setManaged(account.account() != null);
        who.setVisible(account.account() != null);
        Label chip = new Label();
        chip.setId("status-" + account.id());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(row.busyProperty());
        spinner.managedProperty().bind(row.busyProperty());
        HBox title = new HBox(8, Icons.source(account.kind()), name, chip, spinner);
        title.setAlignment(Pos.CENTER_LEFT);

        Label facts = new Label();
        facts.getStyleClass().add(Styles.TEXT_SMALL);
        Label activity = new Label();
        activity.setWrapText(true);
        activity.textProperty().bind(row.activityProperty());
        activity.managedProperty().bind(row.activityProperty().isNotEmpty());
        VBox text = new VBox(4, title, who, facts, activity);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button test = new Button("Test");
        test.setOnAction(e -> model.test(row));
        Button sync = new Button("Sync now");
        sync.setOnAction(e -> model.syncNow(row));
        Button disconnect = new Button("Disconnect");
        disconnect.getStyleClass().add(Styles.DANGER);
        disconnect.setOnAction(e -> model.disconnect(row));
        Button connect = new Button("Connect");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.setOnAction(e -> reconnect.run());
        Button retry = new Button("Retry");
        retry.setOnAction(e -> model.test(row));
        retry.visibleProperty().bind(row.retryableProperty().and(row.busyProperty().not()));
        retry.managedProperty().bind(retry.visibleProperty());
        HBox actions = new HBox(8, retry, connect, test, sync, disconnect);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        for (Button button : new Button[] {test, sync, disconnect, connect}) {
            button.disableProperty().bind(row.busyProperty());
        }
        getChildren().addAll(text, actions);

        Runnable refresh = () -> {
            ConnectorAccount current = row.account();
            ConnectorStatus status = current.status();
            chip.setText(ConnectorsModel.statusText(status));
            chip.getStyleClass().setAll("label", "status-chip", switch (status) {
                case CONNECTED -> Styles.SUCCESS;
                case SYNCING -> Styles.ACCENT;
                case OFFLINE, NOT_CONNECTED -> Styles.WARNING;
                case RECONNECT_NEEDED, ERROR -> Styles.DANGER;
            });
            facts.setText((current.lastSync() == null ? "Never synced"
                    : "Last sync " + WHEN.format(current.lastSync().atZone(ZoneId.systemDefault())))
                    + " · " + current.itemCount() + (current.itemCount() == 1 ? " item" : " items")
                    + (current.lastError() == null || !row.activityProperty().get().isEmpty() ? ""
                            : " · " + current.lastError()));
            boolean connected = status != ConnectorStatus.NOT_CONNECTED && status != ConnectorStatus.RECONNECT_NEEDED;
            connect.setVisible(!connected);
            connect.setManaged(!connected);
            sync.setVisible(connected);
            sync.setManaged(connected);
            disconnect.setVisible(status != ConnectorStatus.NOT_CONNECTED);
            disconnect.setManaged(status != ConnectorStatus.NOT_CONNECTED);
        };
        row.accountProperty().addListener((obs, old, now) -> refresh.run());
        row.activityProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
    }
}
