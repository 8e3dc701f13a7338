package dev.quarterdeck.core.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.ingest.IngestionPipeline;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.TaskStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    @TempDir
    Path dir;

    private Store store;
    private SyncService sync;
    private final ScriptedConnector connector = new ScriptedConnector();
    private UUID accountId;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        store = Store.open(StoreConfig.h2File(dir), clock);
        sync = new SyncService(store, new IngestionPipeline(clock), clock);
        accountId = UUID.randomUUID();
        store.write(Actor.USER, tx -> tx.insert(new ConnectorAccount(accountId, SourceKind.JIRA, "Jira (acme)",
                "mia@acme.example", ConnectorStatus.CONNECTED, null, null, 0, null, NOW, 0)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void savesItemsCursorAndCountsTogetherAndASecondSyncWithNothingNewChangesNothing() {
        connector.answers.add(new FetchResult(List.of(item("OPS-1"), item("OPS-2")), List.of(), "cursor-1"));
        connector.answers.add(new FetchResult(List.of(), List.of(), "cursor-1"));

        SyncOutcome first = sync.sync(accountId, connector);
        SyncOutcome second = sync.sync(accountId, connector);

        assertThat(first.ok()).isTrue();
        assertThat(first.result().created()).isEqualTo(2);
        assertThat(second.result().changedNothing()).isTrue();
        ConnectorAccount account = store.connectorAccounts().find(accountId).orElseThrow();
        assertThat(account.cursor()).isEqualTo("cursor-1");
        assertThat(account.itemCount()).isEqualTo(2);
        assertThat(account.lastSync()).isEqualTo(NOW);
        assertThat(account.status()).isEqualTo(ConnectorStatus.CONNECTED);
        assertThat(connector.cursorsAsked).containsExactly(null, "cursor-1");
        assertThat(first.describe()).isEqualTo("Jira (acme): 2 created, 0 updated, 0 unchanged, 0 duplicates, 0 linked, 0 closed");
    }

    @Test
    void aMalformedAnswerMarksTheAccountInErrorAndWritesNothingElse() {
        connector.answers.add(new FetchResult(List.of(item("OPS-1")), List.of(), "cursor-1"));
        sync.sync(accountId, connector);
        connector.failure = new ConnectorException(ConnectorException.Kind.MALFORMED_RESPONSE,
                "Jira sent a page that is not JSON");

        SyncOutcome outcome = sync.sync(accountId, connector);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.describe()).isEqualTo("Jira (acme): error — Jira sent a page that is not JSON");
        ConnectorAccount account = store.connectorAccounts().find(accountId).orElseThrow();
        assertThat(account.status()).isEqualTo(ConnectorStatus.ERROR);
        assertThat(account.lastError()).isEqualTo("Jira sent a page that is not JSON");
        assertThat(account.cursor()).isEqualTo("cursor-1");
        assertThat(store.tasks().count()).isEqualTo(1);
    }

    @Test
    void expiredCredentialsAskForAReconnectAndOfflineIsAStatus() {
        connector.failure = new ConnectorException(ConnectorException.Kind.AUTH_REQUIRED, "Jira refused the token");
        assertThat(sync.sync(accountId, connector).account().status()).isEqualTo(ConnectorStatus.RECONNECT_NEEDED);
        connector.failure = new ConnectorException(ConnectorException.Kind.OFFLINE, "Jira could not be reached");
        assertThat(sync.sync(accountId, connector).account().status()).isEqualTo(ConnectorStatus.OFFLINE);
    }

    @Test
    void anIssueClosedUpstreamClosesItsTask() {
        connector.answers.add(new FetchResult(List.of(item("OPS-1")), List.of(), "c1"));
        connector.answers.add(new FetchResult(List.of(), List.of("OPS-1"), "c2"));
        sync.sync(accountId, connector);

        SyncOutcome outcome = sync.sync(accountId, connector);

        assertThat(outcome.result().closed()).isEqualTo(1);
        assertThat(store.tasks().listAll()).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.DONE));
    }

    private static SourceItem item(String key) {
        return new SourceItem(UUID.randomUUID(), SourceKind.JIRA, key, "Issue " + key, "", null, null, NOW, null, null,
                List.of(), null, null, null, null, null, NOW);
    }

    private static final class ScriptedConnector implements Connector {
        final Deque<FetchResult> answers = new ArrayDeque<>();
        final java.util.List<String> cursorsAsked = new java.util.ArrayList<>();
        ConnectorException failure;

        @Override
        public SourceKind kind() {
            return SourceKind.JIRA;
        }

        @Override
        public String displayName() {
            return "Jira (acme)";
        }

        @Override
        public ConnectionCheck test() {
            return ConnectionCheck.ok("ok");
        }

        @Override
        public FetchResult fetch(String cursor) throws ConnectorException {
            cursorsAsked.add(cursor);
            if (failure != null) {
                throw failure;
            }
            return answers.removeFirst();
        }

        @Override
        public void disconnect() {
        }
    }
}
