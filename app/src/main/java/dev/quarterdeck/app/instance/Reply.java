package dev.quarterdeck.app.instance;

/** How the instance holding the data folder answered a {@link Knock}. */
public enum Reply {
    /** The window was asked to come to the front. */
    REVEALED,
    /** The instance is running but did not reveal anything (a ping, or a window that could not be raised). */
    ALIVE,
    /** A headless command holds the data folder; it has no window and ends by itself. */
    BUSY,
    /** Never sent: something listens at the endpoint but gave no valid answer in time. */
    SILENT
}
