package dev.quarterdeck.app.tray;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.briefing.Briefing;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's life in the system tray: looks for a tray after the first frame (AWT starts off the FX thread), puts
 * the icon with its menu there, turns new briefings into notifications whose click opens them, and decides what
 * closing the window means. Where there is no tray the app is window-only: {@link #keepsRunningOnClose()} is false,
 * so closing the window quits, and {@link #reasonProperty()} says why for the Settings screen. FX thread, except
 * where noted.
 */
public final class TrayService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrayService.class);

    private final TrayIconPort port;
    private final BackgroundTasks background;
    private final Boolean storedChoice;
    private final Consumer<Boolean> saveChoice;
    private final ReadOnlyObjectWrapper<TrayState> state = new ReadOnlyObjectWrapper<>(this, "state",
            TrayState.CHECKING);
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason",
            "Looking for a system tray…");
    private final BooleanProperty keepRunning = new SimpleBooleanProperty(this, "keepRunning", false);
    private TrayActions actions;
    private Briefing waiting;
    private boolean applyingChoice;
    private boolean toldStillRunning;

    /**
     * @param storedChoice the user's saved "keep running in the tray" choice; null when never chosen, which means
     *                     on where a tray exists
     * @param saveChoice   remembers a choice the user makes in Settings
     */
    public TrayService(TrayIconPort port, BackgroundTasks background, Boolean storedChoice,
            Consumer<Boolean> saveChoice) {
        this.port = port;
        this.background = background;
        this.storedChoice = storedChoice;
        this.saveChoice = saveChoice;
        keepRunning.addListener((obs, old, keep) -> {
            if (!applyingChoice && state.get() == TrayState.SHOWN) {
                saveChoice.accept(keep);
            }
        });
    }

    /** Looks for a tray and installs the icon in the background; at most once. */
    public void start(TrayActions trayActions) {
        if (actions != null) {
            return;
        }
        actions = trayActions;
        java.util.Optional<TraySupport> known = port.knownWithoutProbing();
        if (known.isPresent()) {
            found(known.get());
            return;
        }
        TrayMenu menu = TrayMenu.of(trayActions);
        background.run("Setting up the tray icon", () -> {
            TraySupport support = port.probe();
            if (!support.supported()) {
                return support;
            }
            try {
                port.install(menu, this::activated);
                return support;
            } catch (RuntimeException e) {
                LOG.info("The tray refused the icon", e);
                return TraySupport.unavailable("The system tray refused the icon (" + e.getMessage() + ").");
            }
        }, this::found, failure -> found(TraySupport.unavailable("Setting up the tray failed: "
                + failure.getMessage())));
    }

    private void found(TraySupport support) {
        if (!support.supported()) {
            LOG.info("Window-only: {}", support.reason());
        }
        applyingChoice = true;
        keepRunning.set(support.supported() && (storedChoice == null || storedChoice));
        applyingChoice = false;
        reason.set(support.reason());
        state.set(support.supported() ? TrayState.SHOWN : TrayState.UNAVAILABLE);
    }

    /**
     * Offers a new briefing as a notification whose click opens it. Returns false, doing nothing, when there is no
     * tray icon (the window shows it instead).
     */
    public boolean deliver(Briefing briefing) {
        if (state.get() != TrayState.SHOWN) {
            return false;
        }
        waiting = briefing;
        BriefingNotice notice = BriefingNotice.of(briefing);
        port.notify(notice.title(), notice.text());
        return true;
    }

    /**
     * Shows a notification next to the icon; nothing without one. It replaces a briefing's notification, so a click
     * on it opens the window, not a briefing it does not mention.
     */
    public void notify(String title, String text) {
        if (state.get() == TrayState.SHOWN) {
            waiting = null;
            port.notify(title, text);
        }
    }

    /** The icon was activated or a notification clicked: the waiting briefing, else the window. */
    void activated() {
        Briefing briefing = waiting;
        waiting = null;
        if (briefing != null) {
            actions.openBriefing().accept(briefing);
        } else {
            actions.openWindow().run();
        }
    }

    /**
     * Whether closing the window should hide it and keep the app in the tray (true) or quit (false). The first
     * time it hides, a notification says where the app went.
     */
    public boolean keepsRunningOnClose() {
        boolean keep = state.get() == TrayState.SHOWN && keepRunning.get();
        if (keep && !toldStillRunning) {
            toldStillRunning = true;
            notify("Quarterdeck is still running", "Briefings arrive here. Open the window or quit from this icon's menu.");
        }
        return keep;
    }

    public ReadOnlyObjectProperty<TrayState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why there is no tray icon; empty when there is one. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** "Keep running in the tray when the window is closed"; only means something while the icon is shown. */
    public BooleanProperty keepRunningProperty() {
        return keepRunning;
    }

    /** Takes the icon out of the tray (the app is ending). Any thread. */
    @Override
    public void close() {
        try {
            port.remove();
        } catch (RuntimeException e) {
            LOG.warn("Could not remove the tray icon", e);
        }
    }
}
