package dev.quarterdeck.core.connector;

import dev.quarterdeck.core.ingest.IngestResult;

/**
 * How one account's sync ended: the account as saved afterwards, what ingestion did (NOTHING on failure) and, on
 * failure, why — a message for the user that never holds a secret.
 */
public record SyncOutcome(ConnectorAccount account, IngestResult result, ConnectorException failure) {

    public boolean ok() {
        return failure == null;
    }

    /** One line for {@code --sync} and the status bar: "GitHub: 3 created, … " or "Jira: error — …". */
    public String describe() {
        if (ok()) {
            return account.displayName() + ": " + result.describe();
        }
        String state = switch (account.status()) {
            case RECONNECT_NEEDED -> "reconnect needed";
            case OFFLINE -> "offline";
            default -> "error";
        };
        return account.displayName() + ": " + state + " — " + failure.getMessage();
    }
}
