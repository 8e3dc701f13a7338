package dev.quarterdeck.app.tray;

/** Whether this desktop can show a tray icon, and if not, why (shown next to the tray setting). */
public record TraySupport(boolean supported, String reason) {

    public static TraySupport available() {
        return new TraySupport(true, "");
    }

    public static TraySupport unavailable(String reason) {
        return new TraySupport(false, reason);
    }
}
