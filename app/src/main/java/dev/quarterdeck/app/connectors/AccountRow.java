package dev.quarterdeck.app.connectors;

import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.connector.ConnectorStatus;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One account card's state: the stored account, and what is happening to it right now (a test, a sync). */
public final class AccountRow {

    private final ObjectProperty<ConnectorAccount> account = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty activity = new SimpleStringProperty("");
    private final BooleanProperty retryable = new SimpleBooleanProperty();

    AccountRow(ConnectorAccount account) {
        this.account.set(account);
    }

    public ObjectProperty<ConnectorAccount> accountProperty() {
        return account;
    }

    public ConnectorAccount account() {
        return account.get();
    }

    public ConnectorStatus status() {
        return account.get().status();
    }

    /** True while a test or sync runs: the chip shows a progress indicator with {@link #activityProperty()}. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** "Connecting…", "Connected as octocat", or the failure message. */
    public StringProperty activityProperty() {
        return activity;
    }

    /** The last test or sync failed in a way that trying again may fix. */
    public BooleanProperty retryableProperty() {
        return retryable;
    }
}
