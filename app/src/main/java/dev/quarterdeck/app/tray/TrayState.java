package dev.quarterdeck.app.tray;

/** Where the tray icon is in its life. */
public enum TrayState {
    /** Not looked for yet (the first frame comes first) or being looked for. */
    CHECKING,
    /** The icon is in the tray. */
    SHOWN,
    /** No tray on this desktop, or it refused the icon: the app works window-only. */
    UNAVAILABLE
}
