package dev.quarterdeck.core.connector;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.task.SourceKind;
import java.time.Instant;
import java.util.UUID;

/**
 * A connected account and its sync state. Tokens are not part of this record: they live encrypted in the
 * secret store, keyed by the account id.
 */
public record ConnectorAccount(
        UUID id,
        SourceKind kind,
        String displayName,
        String account,
        ConnectorStatus status,
        Instant lastSync,
        String cursor,
        long itemCount,
        String lastError,
        Instant updatedAt,
        long version) {

    public ConnectorAccount {
        Require.present(id, "id");
        Require.present(kind, "kind");
        displayName = Require.text(displayName, "displayName", 120);
        account = Require.optionalText(account, "account", 320);
        Require.present(status, "status");
        cursor = Require.optionalText(cursor, "cursor", 4_000);
        Require.notNegative(itemCount, "itemCount");
        lastError = Require.optionalText(lastError, "lastError", 2_000);
        Require.present(updatedAt, "updatedAt");
        Require.notNegative(version, "version");
    }
}
