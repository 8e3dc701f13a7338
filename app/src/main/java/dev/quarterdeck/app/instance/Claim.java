package dev.quarterdeck.app.instance;

/** The outcome of {@link SingleInstance#claim}: this launch now holds the data folder, or another one does. */
public sealed interface Claim {

    /** This launch holds the data folder until it closes the server. */
    record Acquired(InstanceServer server) implements Claim {
    }

    /**
     * Another launch holds the data folder.
     *
     * @param reply    its answer to the knock, {@link Reply#SILENT} when it gave none in time
     * @param endpoint the socket or port file through which it was reached, for messages
     */
    record HeldElsewhere(Reply reply, String endpoint) implements Claim {
    }
}
