package dev.quarterdeck.app.connectors;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.connector.ConnectionCheck;
import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.connector.ConnectorStatus;
import dev.quarterdeck.core.connector.SyncOutcome;
import dev.quarterdeck.core.ingest.IngestResult;
import dev.quarterdeck.core.ingest.ItemFileException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import dev.quarterdeck.app.settings.SyncInterval;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connectors screen's state and commands, without controls. Store work (list, sync, import, disconnect) runs on
 * the background executor, so it shows in the status bar; connection tests run all at once on their own network
 * executor ("Test all"), each card following its own test live. Background sync: {@link #syncDue()} is called
 * every minute and syncs the accounts {@link SyncBackoff} says are due at the {@link #syncIntervalProperty()
 * interval} the user chose (none when it is manual only).
 */
public final class ConnectorsModel {

    private final BackgroundTasks background;
    private final Executor network;
    private final Executor ui;
    private final Supplier<ConnectorAccounts> accounts;
    private final Clock clock;
    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty("");
    private final Map<UUID, Integer> failuresInARow = new HashMap<>();
    private final Map<UUID, Instant> lastAttempt = new HashMap<>();
    private final ObjectProperty<SyncInterval> syncInterval = new SimpleObjectProperty<>(SyncInterval.DEFAULT);

    public ConnectorsModel(BackgroundTasks background, Executor network, Executor ui,
            Supplier<ConnectorAccounts> accounts, Clock clock) {
        this.background = background;
        this.network = network;
        this.ui = ui;
        this.accounts = accounts;
        this.clock = clock;
    }

    public ObservableList<AccountRow> rows() {
        return rows;
    }

    /** The last import or add result, or a failure to show inline. */
    public StringProperty noticeProperty() {
        return notice;
    }

    /** How often accounts sync by themselves; manual only stops the background sync. */
    public ObjectProperty<SyncInterval> syncIntervalProperty() {
        return syncInterval;
    }

    public void reload() {
        background.run("Loading connected accounts", () -> accounts.get().list(), this::show,
                failure -> notice.set("Could not load the accounts: " + failure.getMessage()));
    }

    private void show(List<ConnectorAccount> list) {
        Map<UUID, AccountRow> existing = new HashMap<>();
        rows.forEach(row -> existing.put(row.account().id(), row));
        rows.setAll(list.stream().map(account -> {
            AccountRow row = existing.get(account.id());
            if (row == null) {
                return new AccountRow(account);
            }
            row.accountProperty().set(account);
            return row;
        }).toList());
    }

    public void addGitHub(URI apiBaseUrl, char[] token) {
        background.run("Adding GitHub", () -> accounts.get().addGitHub(apiBaseUrl, token), added -> {
            reload();
            notice.set(added.displayName() + " added");
        }, failure -> notice.set("Could not add GitHub: " + failure.getMessage()));
    }

    public void addJira(URI site, String email, char[] token) {
        background.run("Adding Jira", () -> accounts.get().addJira(site, email, token), added -> {
            reload();
            notice.set(added.displayName() + " added");
        }, failure -> notice.set("Could not add Jira: " + failure.getMessage()));
    }

    /** Tests every account at once; each card shows "Connecting…" and then its own answer. */
    public void testAll() {
        rows.forEach(this::test);
    }

    public void test(AccountRow row) {
        row.busyProperty().set(true);
        row.retryableProperty().set(false);
        row.activityProperty().set("Connecting…");
        ConnectorAccount account = row.account();
        CompletableFuture.supplyAsync(() -> accounts.get().test(account), network)
                .whenCompleteAsync((check, failure) -> {
                    row.busyProperty().set(false);
                    if (failure != null) {
                        row.activityProperty().set("Test failed: " + failure.getMessage());
                        row.retryableProperty().set(true);
                    } else {
                        showCheck(row, check);
                    }
                    reload();
                }, ui);
    }

    private static void showCheck(AccountRow row, ConnectionCheck check) {
        row.activityProperty().set(check.message());
        row.retryableProperty().set(!check.ok() && check.retryable());
    }

    public void syncNow(AccountRow row) {
        row.busyProperty().set(true);
        row.activityProperty().set("Syncing…");
        ConnectorAccount account = row.account();
        background.run("Syncing " + account.displayName(), () -> accounts.get().sync(account),
                outcome -> finished(row, outcome), failure -> {
                    row.busyProperty().set(false);
                    row.activityProperty().set("Sync failed: " + failure.getMessage());
                });
    }

    private void finished(AccountRow row, SyncOutcome outcome) {
        UUID id = outcome.account().id();
        lastAttempt.put(id, clock.instant());
        failuresInARow.merge(id, outcome.ok() ? -failuresInARow.getOrDefault(id, 0) : 1, Integer::sum);
        row.busyProperty().set(false);
        row.accountProperty().set(outcome.account());
        row.activityProperty().set(outcome.ok() ? summary(outcome.result()) : outcome.failure().getMessage());
        row.retryableProperty().set(!outcome.ok() && outcome.failure().retryable());
    }

    private static String summary(IngestResult result) {
        return "Synced: " + result.created() + " new, " + result.updated() + " updated, " + result.closed()
                + " closed";
    }

    /** Syncs the accounts whose time has come (called every minute by the view's timer). */
    public void syncDue() {
        if (syncInterval.get().manual()) {
            return;
        }
        SyncBackoff backoff = new SyncBackoff(syncInterval.get().every());
        Instant now = clock.instant();
        for (AccountRow row : rows) {
            if (row.busyProperty().get()) {
                continue;
            }
            Instant next = backoff.next(row.account(), failuresInARow.getOrDefault(row.account().id(), 0),
                    lastAttempt.get(row.account().id()));
            if (next != null && !next.isAfter(now)) {
                syncNow(row);
            }
        }
    }

    public void disconnect(AccountRow row) {
        ConnectorAccount account = row.account();
        background.run("Disconnecting " + account.displayName(), () -> {
            accounts.get().disconnect(account);
            return account;
        }, done -> {
            row.activityProperty().set("Disconnected; its token was deleted");
            reload();
        }, failure -> notice.set("Could not disconnect: " + failure.getMessage()));
    }

    /** "Import items from file…": the same pipeline as {@code --ingest}. */
    public void importFile(Path file, ConnectorCommands commands,
            Supplier<dev.quarterdeck.core.store.Store> store) {
        background.run("Importing " + file.getFileName(), () -> commands.importFile(store.get(), file),
                result -> notice.set("Imported " + file.getFileName() + ": " + result.created() + " created, "
                        + result.updated() + " updated, " + result.linked() + " linked"),
                failure -> notice.set(failure instanceof ItemFileException e
                        ? file.getFileName() + " was not imported (nothing changed): " + e.problems().get(0)
                        : "Could not import " + file.getFileName() + ": " + failure.getMessage()));
    }

    static String statusText(ConnectorStatus status) {
        return switch (status) {
            case NOT_CONNECTED -> "Not connected";
            case CONNECTED -> "Connected";
            case SYNCING -> "Syncing";
            case RECONNECT_NEEDED -> "Reconnect needed";
            case OFFLINE -> "Offline";
            case ERROR -> "Error";
        };
    }
}
