package dev.quarterdeck.app.tray;

import com.dustinredmond.fxtrayicon.FXTrayIcon;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.Arrays;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tray through FXTrayIcon (AWT's {@link SystemTray} underneath). FXTrayIcon's own default action, showing the
 * stage, is switched off: activating the icon or clicking a notification runs our handler instead, which knows
 * whether a briefing is waiting to be opened.
 */
public final class FxTrayIconPort implements TrayIconPort {

    private static final Logger LOG = LoggerFactory.getLogger(FxTrayIconPort.class);
    private static final URL ICON = FxTrayIconPort.class.getResource("tray-icon.png");

    private final Supplier<Stage> stage;
    private volatile FXTrayIcon icon;

    /** @param stage the main window, FXTrayIcon's owner (its title becomes the icon's tooltip) */
    public FxTrayIconPort(Supplier<Stage> stage) {
        this.stage = stage;
    }

    @Override
    public java.util.Optional<TraySupport> knownWithoutProbing() {
        return GraphicsEnvironment.isHeadless() ? java.util.Optional.of(TraySupport.unavailable(
                "Java runs without a display here (headless), so there is no system tray."))
                : java.util.Optional.empty();
    }

    @Override
    public TraySupport probe() {
        java.util.Optional<TraySupport> known = knownWithoutProbing();
        if (known.isPresent()) {
            return known.get();
        }
        try {
            return FXTrayIcon.isSupported() ? TraySupport.available()
                    : TraySupport.unavailable("This desktop has no system tray (no panel or tray host is running).");
        } catch (RuntimeException | LinkageError e) {
            LOG.info("Looking for the system tray failed", e);
            return TraySupport.unavailable("The system tray could not be reached: " + e.getMessage());
        }
    }

    @Override
    public void install(TrayMenu menu, Runnable onActivate) {
        FXTrayIcon created = new FXTrayIcon(stage.get(), ICON);
        created.setTrayIconTooltip("Quarterdeck");
        created.noDefaultAction();
        for (int i = 0; i < menu.entries().size(); i++) {
            TrayMenu.Entry entry = menu.entries().get(i);
            if (i == menu.entries().size() - 1) {
                created.addSeparator();
            }
            MenuItem item = new MenuItem(entry.label());
            item.setOnAction(e -> onFx(entry.action()));
            created.addMenuItem(item);
        }
        TrayIcon awtIcon = created.getRestricted().getTrayIcon();
        awtIcon.addActionListener(e -> onFx(onActivate));
        created.show();
        // FXTrayIcon adds the icon on the AWT thread and reports a refusal there: wait for it and look
        if (!isInTray(awtIcon)) {
            throw new IllegalStateException("the system tray did not take the icon");
        }
        icon = created;
        LOG.info("Tray icon shown");
    }

    private static boolean isInTray(TrayIcon awtIcon) {
        try {
            EventQueue.invokeAndWait(() -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (InvocationTargetException e) {
            return false;
        }
        return Arrays.asList(SystemTray.getSystemTray().getTrayIcons()).contains(awtIcon);
    }

    @Override
    public void notify(String title, String text) {
        FXTrayIcon shown = icon;
        if (shown != null) {
            shown.showInfoMessage(title, text);
        }
    }

    @Override
    public void remove() {
        FXTrayIcon shown = icon;
        icon = null;
        if (shown != null) {
            // straight through AWT: FXTrayIcon's hide() is asynchronous, and this runs as the app ends
            TrayIcon awtIcon = shown.getRestricted().getTrayIcon();
            SystemTray.getSystemTray().remove(awtIcon);
        }
    }

    /** The underlying AWT icon while shown (tests fire its listeners as a click would). */
    TrayIcon awtIcon() {
        FXTrayIcon shown = icon;
        return shown == null ? null : shown.getRestricted().getTrayIcon();
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
