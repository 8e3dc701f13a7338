package dev.quarterdeck.app.tray;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.core.briefing.BriefingKind;
import java.awt.EventQueue;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Runs the real tray code (FXTrayIcon over AWT) in a JVM of its own on a real X display, for
 * {@link TrayUnderXvfbTest}: prints what it finds as {@code key=value} lines, which the test checks. Clicks are
 * delivered the way AWT delivers them: to the listeners of the menu item or of the icon, on the AWT thread.
 */
public final class TrayProbe {

    private static final PrintStream OUT = System.out;

    private TrayProbe() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await(60, TimeUnit.SECONDS);
        List<String> done = new CopyOnWriteArrayList<>();
        Stage stage = fx(() -> {
            Stage window = new Stage();
            window.setTitle("Quarterdeck");
            return window;
        });
        FxTrayIconPort port = new FxTrayIconPort(() -> stage);
        TrayService tray = fx(() -> new TrayService(port, BackgroundTasks.forJavaFx(), null, keep -> { }));
        fx(() -> {
            tray.start(new TrayActions(() -> done.add("open"), () -> done.add("today"), () -> done.add("sync"),
                    () -> done.add("quit"), b -> done.add("briefing " + b.id())));
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (fx(() -> tray.stateProperty().get()) == TrayState.CHECKING && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        OUT.println("state=" + fx(() -> tray.stateProperty().get()));
        OUT.println("reason=" + fx(() -> tray.reasonProperty().get()));
        OUT.println("keepsRunningOnClose=" + fx(tray::keepsRunningOnClose));
        if (fx(() -> tray.stateProperty().get()) == TrayState.SHOWN) {
            clickThrough(port, tray, done);
        }
        OUT.flush();
        System.exit(0);
    }

    private static void clickThrough(FxTrayIconPort port, TrayService tray, List<String> done) throws Exception {
        TrayIcon icon = port.awtIcon();
        OUT.println("inSystemTray=" + Arrays.asList(SystemTray.getSystemTray().getTrayIcons()).contains(icon));
        PopupMenu menu = icon.getPopupMenu();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < menu.getItemCount(); i++) {
            labels.add(menu.getItem(i).getLabel());
        }
        OUT.println("menu=" + String.join("|", labels));

        for (String label : List.of(TrayMenu.OPEN, TrayMenu.TODAYS_BRIEFING, TrayMenu.SYNC_NOW)) {
            click(item(menu, label));
        }
        settle(done, 3);
        OUT.println("afterMenu=" + String.join(",", done));

        Briefing briefing = new Briefing(UUID.randomUUID(), BriefingKind.MORNING, Instant.now(), "rules",
                "# Morning briefing\n\n## Today's meetings\n\n- 09:30 “Standup” (KUBE)\n");
        OUT.println("delivered=" + fx(() -> tray.deliver(briefing)));
        // a click on the notification reaches the icon's action listeners
        click(icon);
        settle(done, 4);
        OUT.println("notificationClickOpened=" + done.contains("briefing " + briefing.id()));

        click(item(menu, TrayMenu.QUIT));
        settle(done, 5);
        OUT.println("quitCalled=" + done.contains("quit"));
        tray.close();
        EventQueue.invokeAndWait(() -> { });
        OUT.println("removedOnClose=" + !Arrays.asList(SystemTray.getSystemTray().getTrayIcons()).contains(icon));
    }

    private static MenuItem item(PopupMenu menu, String label) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            if (label.equals(menu.getItem(i).getLabel())) {
                return menu.getItem(i);
            }
        }
        throw new IllegalStateException("no menu item " + label);
    }

    private static void click(MenuItem item) throws Exception {
        EventQueue.invokeAndWait(() -> {
            for (ActionListener listener : item.getActionListeners()) {
                listener.actionPerformed(new ActionEvent(item, ActionEvent.ACTION_PERFORMED, item.getActionCommand()));
            }
        });
    }

    private static void click(TrayIcon icon) throws Exception {
        EventQueue.invokeAndWait(() -> {
            for (ActionListener listener : icon.getActionListeners()) {
                listener.actionPerformed(new ActionEvent(icon, ActionEvent.ACTION_PERFORMED, icon.getActionCommand()));
            }
        });
    }

    /** Waits until {@code count} actions ran on the FX thread (they hop there from AWT), at most ten seconds. */
    private static void settle(List<String> done, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (done.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        fx(() -> null);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
