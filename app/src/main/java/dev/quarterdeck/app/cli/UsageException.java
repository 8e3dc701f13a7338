package dev.quarterdeck.app.cli;

/** The command line cannot be understood; the message is one line that says why, without the program name. */
public final class UsageException extends Exception {

    public UsageException(String reason) {
        super(reason);
    }
}
