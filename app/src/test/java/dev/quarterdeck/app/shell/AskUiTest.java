package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.settings.Settings;
import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.app.ask.AskHistoryFile;
import dev.quarterdeck.app.ask.AskMessage;
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
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Ask Quarterdeck on the demo workspace: a rules answer, saved with the conversation. */
class AskUiTest {

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
    void answersByRulesAndKeepsTheConversation() throws Exception {
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

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.CONTROL, KeyCode.DIGIT8);
        settle();
        assertThat(app.shell().route()).isEqualTo(Route.of(Section.ASK));
        fx(() -> {
            robot.lookup("#ask-question").queryAs(TextField.class).setText("what is overdue in KUBE");
            robot.lookup("#ask-send").queryAs(Button.class).fire();
            return null;
        });
        settle();
        fx(() -> {
            robot.lookup("#ask-question").queryAs(TextField.class).setText("risks above 15");
            robot.lookup("#ask-send").queryAs(Button.class).fire();
            return null;
        });
        settle();

        List<AskMessage> messages = fx(() -> List.copyOf(app.ask().messages()));
        assertThat(messages).hasSize(4);
        assertThat(messages.get(1).producedBy()).isEqualTo("rules");
        assertThat(messages.get(1).text()).startsWith("**Overdue in KUBE**").contains("(KUBE)");
        assertThat(messages.get(3).text()).startsWith("**Open risks above 15**");
        assertThat(robot.lookup(".ask-answer").queryAll()).hasSize(2);
        assertThat(new AskHistoryFile(dataDir).load()).isEqualTo(messages);

        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            fx(() -> {
                app.settings().themeProperty().set(theme);
                return null;
            });
            settle();
            Path file = fx(() -> Screenshots.save(stage.getScene(), "ask-" + theme.name().toLowerCase()));
            assertThat(file).exists();
        }
    }
}
