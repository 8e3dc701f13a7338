package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.settings.Settings;
import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Briefing view on the demo workspace: the schedule's first briefing, another kind composed on demand. */
class BriefingUiTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private QuarterdeckShell app;
    private Stage stage;

    @AfterEach
    void shutDown() throws Exception {
        if (app != null) {
            FxToolkit.setupFixture(() -> {
                app.close();
                stage.hide();
            });
        }
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> fx(() -> app.runningJobs().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    @Test
    void showsTheBriefingSaysWhoComposedItAndComposesOnDemand() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        LaunchOptions options = new LaunchOptions(dataDir, Optional.empty(), true, false);
        app = new QuarterdeckShell(options, Settings.DEFAULTS.withTheme(ThemeChoice.LIGHT), Clock.systemDefaultZone(),
                Map.of(), () -> Store.open(StoreConfig.h2File(dataDir)), BackgroundTasks.forJavaFx());
        FxToolkit.setupFixture(() -> {
            app.show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1400);
            stage.setHeight(900);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.shell().phase() == ShellPhase.READY);
        settle();
        Store store = app.session().requireStore();
        // the first check of the schedule composes the newest due briefing (there is always one within a week)
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !store.briefings().list(10).isEmpty());
        settle();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.CONTROL, KeyCode.DIGIT7);
        settle();
        assertThat(app.shell().route()).isEqualTo(Route.of(Section.BRIEFING));
        assertThat(robot.lookup("#briefing-produced").queryAs(Label.class).getText()).startsWith("Composed by rules · ");
        assertThat(robot.lookup("#briefing-text").queryAs(VBox.class).getChildren()).isNotEmpty();

        fx(() -> {
            robot.lookup("#briefing-kind-morning").queryAs(ToggleButton.class).fire();
            return null;
        });
        settle();
        fx(() -> {
            robot.lookup("#briefing-compose").queryAs(Button.class).fire();
            return null;
        });
        settle();
        assertThat(store.briefings().latest(BriefingKind.MORNING)).isPresent();
        assertThat(app.briefing().briefing().orElseThrow().kind()).isEqualTo(BriefingKind.MORNING);
        assertThat(robot.lookup(".briefing-heading").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("Today's meetings", "Top three", "Deadlines within 48 h", "Risks to review",
                        "Budget alerts", "People to update");

        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            fx(() -> {
                app.settings().themeProperty().set(theme);
                return null;
            });
            settle();
            Path file = fx(() -> Screenshots.save(stage.getScene(), "briefing-" + theme.name().toLowerCase()));
            assertThat(file).exists();
        }
    }
}
