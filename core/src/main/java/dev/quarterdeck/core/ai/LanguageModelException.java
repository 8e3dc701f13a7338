package dev.quarterdeck.core.ai;

/**
 * Why a language model gave no usable answer, in terms a caller can act on. Every caller has a rule-based fallback,
 * so this is checked: catching it is where the fallback starts. Messages are written for the user.
 */
public class LanguageModelException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** AI is switched off in the settings. */
        OFF(false),
        /** Nothing answers at the configured address (the model server is not running, or the address is wrong). */
        UNREACHABLE(true),
        /** The server runs but does not have the configured model; the message says how to install it. */
        MODEL_MISSING(false),
        /** No answer (or no next token) within the request timeout. */
        TIMED_OUT(true),
        /** The caller cancelled the request. */
        CANCELLED(false),
        /** The server refused the request itself; sending it again fails the same way. */
        REFUSED(false),
        /** The server failed, was busy, or reported an error in the middle of an answer. */
        SERVER_ERROR(true),
        /** The server's reply was not the protocol's JSON (not the model's answer being wrong: that is below). */
        MALFORMED_RESPONSE(true),
        /** The model answered, but the answer is not valid JSON or breaks the schema: see {@link ModelAnswerRejected}. */
        ANSWER_REJECTED(true);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }
    }

    private final Kind kind;

    public LanguageModelException(Kind kind, String message) {
        this(kind, message, null);
    }

    public LanguageModelException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the same request may succeed later without the user changing anything. */
    public boolean retryable() {
        return kind.retryable;
    }
}
