package dev.quarterdeck.core.agent;

/**
 * The executor would not apply, reject or undo a proposal, with a message for the user ("The task “Draft budget” is
 * no longer in WEEK"). Nothing was written.
 */
public final class ProposalRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProposalRefused(String message) {
        super(message);
    }

    public ProposalRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
