package dev.quarterdeck.app.shell;

/** What the content area can show before and after the workspace is there. */
public enum ShellPhase {
    /** The window is up, the store is opening or data is loading. */
    LOADING,
    /** The store is empty: offer the demo workspace or an empty start. */
    WELCOME,
    /** Data is loaded; the route decides the content. */
    READY,
    /** The store could not be opened or read. */
    FAILED
}
