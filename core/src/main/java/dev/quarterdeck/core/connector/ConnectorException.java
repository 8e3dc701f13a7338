package dev.quarterdeck.core.connector;

import java.time.Duration;
import java.util.Optional;

/**
 * Why a connector call failed, in terms the app can act on: ask the user to reconnect, wait, retry later, or show
 * the message. Messages are written for the user and never contain a token or other secret.
 */
public class ConnectorException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The credentials are missing, expired, revoked or lack a permission: the user must reconnect. */
        AUTH_REQUIRED(false, true),
        /** The provider asked us to slow down; {@link #retryAfter()} says for how long when it said so. */
        RATE_LIMITED(true, false),
        /** The provider could not be reached (no network, DNS, refused connection, repeated timeouts). */
        OFFLINE(true, false),
        /** The provider answered something we cannot read; nothing from this sync may be written. */
        MALFORMED_RESPONSE(true, false),
        /** The provider failed (5xx) even after retries. */
        SERVER_ERROR(true, false),
        /** The provider refused the request itself (4xx other than auth and limits): retrying the same fails. */
        REJECTED(false, false);

        private final boolean retryable;
        private final boolean reconnectNeeded;

        Kind(boolean retryable, boolean reconnectNeeded) {
            this.retryable = retryable;
            this.reconnectNeeded = reconnectNeeded;
        }
    }

    private final Kind kind;
    private final Duration retryAfter;

    public ConnectorException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public ConnectorException(Kind kind, String message, Throwable cause) {
        this(kind, message, null, cause);
    }

    private ConnectorException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public static ConnectorException rateLimited(String message, Duration retryAfter) {
        return new ConnectorException(Kind.RATE_LIMITED, message, retryAfter, null);
    }

    public Kind kind() {
        return kind;
    }

    /** How long the provider asked us to wait, for RATE_LIMITED failures that said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Whether trying the same call again later, without the user doing anything, may succeed. */
    public boolean retryable() {
        return kind.retryable;
    }

    public boolean reconnectNeeded() {
        return kind.reconnectNeeded;
    }
}
