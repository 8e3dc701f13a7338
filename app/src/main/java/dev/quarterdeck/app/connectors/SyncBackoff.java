package dev.quarterdeck.app.connectors;

import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.connector.ConnectorStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * When an account syncs next in the background: every {@code interval} after its last sync; an offline (or
 * otherwise retryable) account after 1, 2, 4, 8 … minutes, never longer than the interval; never while it needs
 * the user (reconnect, not connected).
 */
public record SyncBackoff(Duration interval) {

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    /** Null when the account does not sync by itself. */
    public Instant next(ConnectorAccount account, int failuresInARow, Instant lastAttempt) {
        if (account.status() == ConnectorStatus.NOT_CONNECTED || account.status() == ConnectorStatus.RECONNECT_NEEDED) {
            return null;
        }
        if (failuresInARow > 0) {
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failuresInARow - 1, 20));
            return lastAttempt.plus(wait.compareTo(interval) > 0 ? interval : wait);
        }
        Instant last = account.lastSync() == null ? lastAttempt : account.lastSync();
        return last == null ? Instant.MIN : last.plus(interval);
    }
}
