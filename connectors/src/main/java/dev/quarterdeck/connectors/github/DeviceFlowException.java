package dev.quarterdeck.connectors.github;

/** Why "Sign in with GitHub" ended without a token, with a message written for the user. */
public final class DeviceFlowException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The user pressed Cancel on GitHub's page ({@code access_denied}). */
        DENIED,
        /** The code was not entered in time ({@code expired_token}); start again for a new one. */
        EXPIRED,
        /** The user cancelled in Quarterdeck. */
        CANCELLED,
        /** GitHub refused the request: wrong client id, device flow not enabled for the app, a malformed answer. */
        REFUSED,
        /** GitHub could not be reached. */
        OFFLINE
    }

    private final Reason reason;

    public DeviceFlowException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DeviceFlowException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
