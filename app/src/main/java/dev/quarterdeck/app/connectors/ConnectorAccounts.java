package dev.quarterdeck.app.connectors;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.connector.ConnectionCheck;
import dev.quarterdeck.core.connector.Connector;
import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.connector.ConnectorStatus;
import dev.quarterdeck.core.connector.SyncOutcome;
import dev.quarterdeck.core.connector.SyncService;
import dev.quarterdeck.core.ingest.IngestionPipeline;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Connected accounts as the connectors view and {@code --sync} use them: add a GitHub or Jira account (token into
 * the encrypted store), test, sync, disconnect (its secrets deleted). Synchronous and thread-safe; the view runs
 * it on the background executor.
 */
public final class ConnectorAccounts {

    private final Store store;
    private final ConnectorFactory factory;
    private final SyncService sync;
    private final Clock clock;

    public ConnectorAccounts(Store store, ConnectorFactory factory, Clock clock) {
        this.store = store;
        this.factory = factory;
        this.clock = clock;
        this.sync = new SyncService(store, new IngestionPipeline(clock), clock);
    }

    public List<ConnectorAccount> list() {
        return store.connectorAccounts().list();
    }

    /** Adds a GitHub account for {@code apiBaseUrl} with a fine-grained token; the token array is wiped. */
    public ConnectorAccount addGitHub(URI apiBaseUrl, char[] token) {
        String name = apiBaseUrl.getHost().equals("api.github.com") ? "GitHub" : "GitHub (" + apiBaseUrl.getHost()
                + ")";
        return add(SourceKind.GITHUB, name, null, new AccountSettings(apiBaseUrl, null, null), token);
    }

    /** Adds a Jira Cloud site with the user's e-mail and API token; the token array is wiped. */
    public ConnectorAccount addJira(URI siteUrl, String email, char[] token) {
        return add(SourceKind.JIRA, "Jira (" + siteUrl.getHost() + ")", email,
                new AccountSettings(siteUrl, email, null), token);
    }

    /** Adds one Gmail, Calendar or Drive account over a Google sign-in that already holds its tokens. */
    public ConnectorAccount addGoogle(SourceKind kind, UUID googleSignIn, URI rootUrl, String email) {
        String name = switch (kind) {
            case GMAIL -> "Gmail";
            case CALENDAR -> "Google Calendar";
            case DRIVE -> "Google Drive";
            default -> throw new IllegalArgumentException(kind + " is not a Google service");
        };
        return add(kind, name, email, new AccountSettings(rootUrl, email, googleSignIn), null);
    }

    private ConnectorAccount add(SourceKind kind, String name, String account, AccountSettings settings,
            char[] token) {
        UUID id = UUID.randomUUID();
        try {
            settings.save(factory.secrets(), id);
            if (token != null) {
                factory.secrets().putChars(AccountSettings.token(id), token);
            }
        } finally {
            if (token != null) {
                Arrays.fill(token, '\0');
            }
        }
        return store.write(Actor.USER, tx -> tx.insert(new ConnectorAccount(id, kind, name, account,
                ConnectorStatus.CONNECTED, null, null, 0, null, clock.instant(), 0)));
    }

    public Connector connector(ConnectorAccount account) {
        return factory.connectorFor(account);
    }

    /** One cheap authenticated call; the account's status follows the answer. */
    public ConnectionCheck test(ConnectorAccount account) {
        ConnectionCheck check = connector(account).test();
        ConnectorStatus status = check.ok() ? ConnectorStatus.CONNECTED
                : check.reconnectNeeded() ? ConnectorStatus.RECONNECT_NEEDED
                : check.failure() == dev.quarterdeck.core.connector.ConnectorException.Kind.OFFLINE
                        ? ConnectorStatus.OFFLINE : ConnectorStatus.ERROR;
        store.write(Actor.USER, tx -> {
            ConnectorAccount current = tx.connectorAccounts().find(account.id()).orElse(account);
            return tx.update(new ConnectorAccount(current.id(), current.kind(), current.displayName(),
                    current.account(), status, current.lastSync(), current.cursor(), current.itemCount(),
                    check.ok() ? null : check.message(), clock.instant(), current.version()));
        });
        return check;
    }

    public SyncOutcome sync(ConnectorAccount account) {
        return sync.sync(account.id(), connector(account));
    }

    /** Accounts that sync: every one the user has not disconnected. */
    public List<ConnectorAccount> syncable() {
        return list().stream().filter(a -> a.status() != ConnectorStatus.NOT_CONNECTED).toList();
    }

    /** Deletes the account's token and settings and marks it not connected (its items and tasks stay). */
    public void disconnect(ConnectorAccount account) {
        connector(account).disconnect();
        factory.secrets().delete(AccountSettings.token(account.id()));
        factory.secrets().delete(AccountSettings.name(account.id()));
        store.write(Actor.USER, tx -> {
            ConnectorAccount current = tx.connectorAccounts().find(account.id()).orElse(account);
            return tx.update(new ConnectorAccount(current.id(), current.kind(), current.displayName(),
                    current.account(), ConnectorStatus.NOT_CONNECTED, current.lastSync(), null,
                    current.itemCount(), null, clock.instant(), current.version()));
        });
    }
}
