package dev.quarterdeck.app.tray;

/**
 * The operating system's tray, behind an interface so the tray logic is tested without a desktop. The real one is
 * {@link FxTrayIconPort}.
 */
public interface TrayIconPort {

    /**
     * What is certain without starting AWT (a headless JVM has no tray); empty when only {@link #probe()} can
     * tell. Cheap: called on the FX thread.
     */
    default java.util.Optional<TraySupport> knownWithoutProbing() {
        return java.util.Optional.empty();
    }

    /** Whether a tray exists. May start AWT (hundreds of milliseconds): call it off the FX thread. */
    TraySupport probe();

    /**
     * Puts the icon with its menu into the tray. {@code onActivate} runs (FX thread) when the icon is activated or a
     * notification it showed is clicked.
     *
     * @throws IllegalStateException when the tray refuses the icon
     */
    void install(TrayMenu menu, Runnable onActivate);

    /** Shows a notification next to the icon. */
    void notify(String title, String text);

    /** Takes the icon out of the tray; nothing when it is not there. */
    void remove();
}
