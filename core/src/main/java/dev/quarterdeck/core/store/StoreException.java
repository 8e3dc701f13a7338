package dev.quarterdeck.core.store;

/** A store operation failed. The message is meant for the user: it says what could not be done and why. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
