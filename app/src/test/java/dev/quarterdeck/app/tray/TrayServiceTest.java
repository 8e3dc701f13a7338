package dev.quarterdeck.app.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.core.briefing.BriefingKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The tray's rules, against a tray that records what it is asked to do (no desktop needed). */
class TrayServiceTest {

    /** A tray that is there or not, and remembers its icon, menu and notifications. */
    static final class RecordingPort implements TrayIconPort {
        final TraySupport support;
        final RuntimeException refusal;
        TrayMenu menu;
        Runnable onActivate;
        final List<String> notifications = new ArrayList<>();
        boolean removed;

        RecordingPort(TraySupport support, RuntimeException refusal) {
            this.support = support;
            this.refusal = refusal;
        }

        @Override
        public TraySupport probe() {
            return support;
        }

        @Override
        public void install(TrayMenu trayMenu, Runnable activate) {
            if (refusal != null) {
                throw refusal;
            }
            menu = trayMenu;
            onActivate = activate;
        }

        @Override
        public void notify(String title, String text) {
            notifications.add(title + " | " + text);
        }

        @Override
        public void remove() {
            removed = true;
        }
    }

    private final List<String> done = new ArrayList<>();
    private final List<Boolean> saved = new ArrayList<>();

    private TrayActions actions() {
        return new TrayActions(() -> done.add("open"), () -> done.add("today"), () -> done.add("sync"),
                () -> done.add("quit"), b -> done.add("briefing " + b.kind()));
    }

    private TrayService started(RecordingPort port, Boolean stored) {
        TrayService tray = new TrayService(port, BackgroundTasks.synchronous(), stored, saved::add);
        tray.start(actions());
        return tray;
    }

    private static Briefing briefing() {
        return new Briefing(UUID.randomUUID(), BriefingKind.EVENING, Instant.parse("2025-11-24T16:30:00Z"), "rules",
                "# Evening summary — Mon 24 Nov\n\n## Done today\n\n- “Send forecast” (ATLAS)\n");
    }

    @Test
    void withATrayTheMenuHasTheFourEntriesInOrderAndEachDoesItsThing() {
        RecordingPort port = new RecordingPort(TraySupport.available(), null);
        TrayService tray = started(port, null);

        assertThat(tray.stateProperty().get()).isEqualTo(TrayState.SHOWN);
        assertThat(port.menu.labels()).containsExactly("Open Quarterdeck", "Today's briefing", "Sync now", "Quit");
        port.menu.entries().forEach(entry -> entry.action().run());
        assertThat(done).containsExactly("open", "today", "sync", "quit");
    }

    @Test
    void aNewBriefingBecomesANotificationWhoseClickOpensItOnce() {
        RecordingPort port = new RecordingPort(TraySupport.available(), null);
        TrayService tray = started(port, null);

        assertThat(tray.deliver(briefing())).isTrue();
        assertThat(port.notifications).containsExactly(
                "Evening summary — Mon 24 Nov | Done today: “Send forecast” (ATLAS). Click to open the briefing.");
        port.onActivate.run();
        assertThat(done).containsExactly("briefing EVENING");
        // once opened, activating the icon again just opens the window
        port.onActivate.run();
        assertThat(done).containsExactly("briefing EVENING", "open");
    }

    @Test
    void aLaterNotificationReplacesTheBriefingsSoItsClickOpensTheWindow() {
        RecordingPort port = new RecordingPort(TraySupport.available(), null);
        TrayService tray = started(port, null);

        tray.deliver(briefing());
        tray.notify("Nothing to sync", "No account is connected yet.");
        port.onActivate.run();
        assertThat(done).containsExactly("open");
    }

    @Test
    void closingKeepsTheAppInTheTrayByDefaultAndSaysSoOnce() {
        RecordingPort port = new RecordingPort(TraySupport.available(), null);
        TrayService tray = started(port, null);

        assertThat(tray.keepRunningProperty().get()).isTrue();
        assertThat(tray.keepsRunningOnClose()).isTrue();
        assertThat(tray.keepsRunningOnClose()).isTrue();
        assertThat(port.notifications).singleElement().asString().startsWith("Quarterdeck is still running");
        assertThat(saved).as("a default is not a choice to save").isEmpty();
    }

    @Test
    void theUsersChoiceIsHonouredAndAChangeIsSaved() {
        RecordingPort port = new RecordingPort(TraySupport.available(), null);
        TrayService tray = started(port, false);

        assertThat(tray.keepRunningProperty().get()).isFalse();
        assertThat(tray.keepsRunningOnClose()).isFalse();
        tray.keepRunningProperty().set(true);
        assertThat(saved).containsExactly(true);
        assertThat(tray.keepsRunningOnClose()).isTrue();
    }

    @Test
    void withoutATrayTheAppIsWindowOnlyAndSaysWhy() {
        RecordingPort port = new RecordingPort(TraySupport.unavailable("This desktop has no system tray."), null);
        TrayService tray = started(port, true);

        assertThat(tray.stateProperty().get()).isEqualTo(TrayState.UNAVAILABLE);
        assertThat(tray.reasonProperty().get()).isEqualTo("This desktop has no system tray.");
        assertThat(tray.keepRunningProperty().get()).isFalse();
        assertThat(tray.keepsRunningOnClose()).as("closing the window quits").isFalse();
        assertThat(tray.deliver(briefing())).as("the window shows it instead").isFalse();
        assertThat(port.menu).isNull();
        assertThat(port.notifications).isEmpty();
    }

    @Test
    void aTrayThatRefusesTheIconMeansWindowOnlyWithTheReason() {
        RecordingPort port = new RecordingPort(TraySupport.available(),
                new IllegalStateException("the system tray did not take the icon"));
        TrayService tray = started(port, null);

        assertThat(tray.stateProperty().get()).isEqualTo(TrayState.UNAVAILABLE);
        assertThat(tray.reasonProperty().get()).contains("refused the icon", "did not take the icon");
        assertThat(tray.keepsRunningOnClose()).isFalse();
    }

    @Test
    void closingTheServiceTakesTheIconOut() {
        RecordingPort port = new RecordingPort(TraySupport.available(), null);
        started(port, null).close();
        assertThat(port.removed).isTrue();
    }
}
