package dev.quarterdeck.core.connector;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.ingest.IngestBatch;
import dev.quarterdeck.core.ingest.IngestResult;
import dev.quarterdeck.core.ingest.IngestionPipeline;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs one connected account: {@code fetch(cursor)} → ingestion pipeline → the new cursor, item count and status,
 * all in one transaction, so the cursor never moves past items that were not saved. A failed fetch (offline, a
 * malformed answer, expired credentials) writes nothing but the account's new status and last error; a failed
 * ingestion rolls back and does the same. The fetch runs outside any transaction (it is network time).
 * Thread-safe; callers sync one account at a time per account.
 */
public final class SyncService {

    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

    private final Store store;
    private final IngestionPipeline pipeline;
    private final Clock clock;

    public SyncService(Store store, IngestionPipeline pipeline, Clock clock) {
        this.store = Require.present(store, "store");
        this.pipeline = Require.present(pipeline, "pipeline");
        this.clock = Require.present(clock, "clock");
    }

    public SyncOutcome sync(UUID accountId, Connector connector) {
        ConnectorAccount account = store.connectorAccounts().find(accountId)
                .orElseThrow(() -> new IllegalArgumentException("no connected account " + accountId));
        Actor actor = Actor.connector(connector.kind().name().toLowerCase(java.util.Locale.ROOT));
        var fetched = fetch(account, connector);
        if (fetched instanceof Failed failed) {
            return failed(actor, account, failed.failure());
        }
        FetchResultHolder ok = (FetchResultHolder) fetched;
        try {
            return store.write(actor, tx -> {
                IngestResult result = pipeline.ingest(tx, IngestBatch.of(connector.kind(), ok.result().items(),
                        ok.result().closedRefs()));
                ConnectorAccount current = tx.connectorAccounts().find(accountId).orElseThrow(
                        () -> new IllegalStateException("the account was removed during its sync"));
                ConnectorAccount saved = tx.update(new ConnectorAccount(current.id(), current.kind(),
                        current.displayName(), current.account(), ConnectorStatus.CONNECTED, now(),
                        ok.result().nextCursor(), current.itemCount() + result.created(), null, now(),
                        current.version()));
                return new SyncOutcome(saved, result, null);
            });
        } catch (StoreException | IllegalArgumentException | IllegalStateException e) {
            LOG.warn("Sync of {} could not be saved: {}", account.displayName(), e.getMessage());
            return failed(actor, account, new ConnectorException(ConnectorException.Kind.MALFORMED_RESPONSE,
                    "The items from " + account.displayName() + " could not be saved: " + e.getMessage(), e));
        }
    }

    /** Records a failure on the account (status from its kind, the message as last error) and nothing else. */
    private SyncOutcome failed(Actor actor, ConnectorAccount account, ConnectorException failure) {
        ConnectorStatus status = switch (failure.kind()) {
            case AUTH_REQUIRED -> ConnectorStatus.RECONNECT_NEEDED;
            case OFFLINE -> ConnectorStatus.OFFLINE;
            default -> ConnectorStatus.ERROR;
        };
        ConnectorAccount saved = store.write(actor, tx -> {
            ConnectorAccount current = tx.connectorAccounts().find(account.id()).orElse(account);
            return tx.update(new ConnectorAccount(current.id(), current.kind(), current.displayName(),
                    current.account(), status, current.lastSync(), current.cursor(), current.itemCount(),
                    shorten(failure.getMessage()), now(), current.version()));
        });
        LOG.info("Sync of {} failed ({}): {}", account.displayName(), failure.kind(), failure.getMessage());
        return new SyncOutcome(saved, IngestResult.NOTHING, failure);
    }

    private sealed interface Fetched permits FetchResultHolder, Failed {
    }

    private record FetchResultHolder(FetchResult result) implements Fetched {
    }

    private record Failed(ConnectorException failure) implements Fetched {
    }

    private static Fetched fetch(ConnectorAccount account, Connector connector) {
        try {
            return new FetchResultHolder(connector.fetch(account.cursor()));
        } catch (ConnectorException e) {
            return new Failed(e);
        } catch (RuntimeException e) {
            // A connector bug or an answer its mapper could not handle: nothing is written.
            return new Failed(new ConnectorException(ConnectorException.Kind.MALFORMED_RESPONSE,
                    account.displayName() + " sent an answer that could not be read", e));
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private static String shorten(String message) {
        String text = message == null || message.isBlank() ? "unknown error" : message;
        return text.length() <= 2_000 ? text : text.substring(0, 1_999) + "…";
    }
}
