package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.tray.TrayState;
import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.briefing.BriefingService;
import dev.quarterdeck.core.store.Store;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The Briefings section of Settings on the demo workspace, and the window-only fallback where there is no tray
 * (this headless Monocle run has none): the tray setting is disabled with the reason, a scheduled briefing shows as
 * a badge in the window, and closing the window quits.
 */
class BriefingSettingsUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ShellFixture ui = new ShellFixture();

    private final AtomicInteger quits = new AtomicInteger();
    private final FxRobot robot = ui.robot();
    private QuarterdeckShell app;

    private void type(String selector, String text) throws Exception {
        ui.fx(() -> {
            robot.lookup(selector).queryAs(TextField.class).setText(text);
            return null;
        });
    }

    private String text(String selector) throws Exception {
        return ui.fx(() -> robot.lookup(selector).queryAs(Label.class).getText());
    }

    private boolean visible(String selector) throws Exception {
        return ui.fx(() -> robot.lookup(selector).query().isVisible());
    }

    @Test
    void briefingTimesAreCheckedSavedAndUsedAndTheWindowWorksWithoutATray() throws Exception {
        app = ui.boot(dataDir, shell -> shell.onQuit(quits::incrementAndGet));
        Store store = app.session().requireStore();

        // no tray here: the app goes window-only, and a scheduled briefing shows as a badge on Briefing
        ui.waitUntil(() -> ui.fx(() -> app.tray().stateProperty().get()) == TrayState.UNAVAILABLE);
        assertThat(app.tray().reasonProperty().get()).contains("headless");
        ui.waitUntil(() -> ui.fx(() -> !app.shell().newBriefingProperty().get().isEmpty()));
        assertThat(visible("#briefing-badge")).isTrue();
        assertThat(text("#briefing-badge")).isEqualTo("new");

        ui.press(KeyCode.CONTROL, KeyCode.DIGIT6);
        assertThat(robot.lookup("#settings-briefings").tryQuery()).isPresent();
        assertThat(ui.fx(() -> robot.lookup("#briefing-time-morning").queryAs(TextField.class).getText()))
                .isEqualTo("08:00");
        CheckBox keep = robot.lookup("#tray-keep-running").queryAs(CheckBox.class);
        assertThat(keep.isDisabled()).isTrue();
        assertThat(keep.isSelected()).isFalse();
        assertThat(text("#tray-reason")).startsWith("Not available: Java runs without a display here (headless)")
                .contains("Closing the window quits Quarterdeck");

        // a bad time is refused next to its field, and nothing is saved
        type("#briefing-time-evening", "25:00");
        assertThat(visible("#briefing-error-evening")).isTrue();
        assertThat(text("#briefing-error-evening")).contains("“25:00” is not a time");
        ui.click("#briefing-settings-save");
        assertThat(text("#briefing-settings-status")).isEqualTo("Nothing saved: fix the times marked in red.");
        assertThat(new BriefingService(store).settings().evening()).isEqualTo(LocalTime.of(17, 30));

        // good times, midday off, the weekly review on Friday: saved to the store and used by the schedule
        type("#briefing-time-evening", "18:15");
        assertThat(visible("#briefing-error-evening")).isFalse();
        type("#briefing-time-morning", "7:45");
        ui.fx(() -> {
            robot.lookup("#briefing-on-midday").queryAs(atlantafx.base.controls.ToggleSwitch.class).setSelected(false);
            @SuppressWarnings("unchecked")
            ComboBox<DayOfWeek> day = robot.lookup("#briefing-weekday").queryAs(ComboBox.class);
            day.setValue(DayOfWeek.FRIDAY);
            robot.lookup("#briefing-settings-save").queryAs(Button.class).fire();
            return null;
        });
        ui.settle();
        assertThat(text("#briefing-settings-status")).startsWith("Saved. Next: the ");
        var saved = new BriefingService(store).settings();
        assertThat(saved.morning()).isEqualTo(LocalTime.of(7, 45));
        assertThat(saved.evening()).isEqualTo(LocalTime.of(18, 15));
        assertThat(saved.isEnabled(BriefingKind.MIDDAY)).isFalse();
        assertThat(saved.weeklyDay()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(ui.fx(() -> robot.lookup("#briefing-time-midday").query().isDisabled())).isTrue();

        ui.fx(() -> {
            ((ScrollPane) robot.lookup("#settings .scroll-pane").query()).setVvalue(1.0);
            return null;
        });
        ui.screenshotsInBothThemes("settings-briefings");

        // looking at the briefing clears the badge
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT7);
        assertThat(visible("#briefing-badge")).isFalse();

        // closing the window without a tray quits, it does not hide into a tray that is not there
        ui.fx(() -> {
            ui.stage().fireEvent(new WindowEvent(ui.stage(), WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
        assertThat(quits.get()).isEqualTo(1);
        assertThat(app.tray().keepsRunningOnClose()).isFalse();
    }
}
