package dev.quarterdeck.core.connector;

import dev.quarterdeck.core.common.Require;
import java.time.Duration;

/**
 * The answer to "does this connection work?": ok with a short description of the account, or the failure with a
 * message for the user and what they can do about it (retry, or reconnect). {@code retryAfter} is null unless the
 * provider said how long to wait.
 */
public record ConnectionCheck(
        boolean ok,
        String message,
        ConnectorException.Kind failure,
        boolean retryable,
        boolean reconnectNeeded,
        Duration retryAfter) {

    public ConnectionCheck {
        message = Require.text(message, "message", 2_000);
        if (ok && failure != null) {
            throw new IllegalArgumentException("a successful check has no failure kind");
        }
        if (!ok) {
            Require.present(failure, "failure");
        }
    }

    /** E.g. {@code ok("Connected as octocat")}. */
    public static ConnectionCheck ok(String message) {
        return new ConnectionCheck(true, message, null, false, false, null);
    }

    public static ConnectionCheck failed(ConnectorException e) {
        return new ConnectionCheck(false, e.getMessage(), e.kind(), e.retryable(), e.reconnectNeeded(),
                e.retryAfter().orElse(null));
    }
}
