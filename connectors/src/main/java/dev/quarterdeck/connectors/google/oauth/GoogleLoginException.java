package dev.quarterdeck.connectors.google.oauth;

/**
 * Why signing in to Google did not finish. The message is written for the user (the "Waiting for your browser…"
 * dialog shows it as is) and never contains a code, token or client secret.
 */
public final class GoogleLoginException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No OAuth client JSON was imported yet. */
        NO_CLIENT,
        /** The loopback port could not be opened. */
        RECEIVER_FAILED,
        /** The user pressed Cancel. */
        CANCELLED,
        /** No answer came back from the browser in time. */
        TIMED_OUT,
        /** The user clicked "Cancel" or "Deny" on Google's consent page ({@code error=access_denied}). */
        ACCESS_DENIED,
        /** Google's authorization page answered with another error (e.g. {@code invalid_request}). */
        AUTHORIZATION_ERROR,
        /** A callback arrived whose {@code state} was not the one this login sent: refused. */
        STATE_MISMATCH,
        /** The token endpoint refused the code exchange (wrong client secret, expired code, PKCE mismatch…). */
        TOKEN_EXCHANGE_FAILED,
        /** The user unticked some of the permissions on the consent page. */
        MISSING_SCOPES,
        /** Google answered without a refresh token, so the connection would stop working within the hour. */
        NO_REFRESH_TOKEN,
        /** Google could not be reached for the code exchange. */
        OFFLINE
    }

    private final Reason reason;

    public GoogleLoginException(Reason reason, String message) {
        this(reason, message, null);
    }

    public GoogleLoginException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
