package dev.quarterdeck.app.instance;

/** What a new launch asks of the instance that already holds the data folder. */
public enum Knock {
    /** Bring your window to the front: a second window launch. */
    REVEAL,
    /** Only say whether you are there: a headless command that must not start beside a running instance. */
    PING
}
