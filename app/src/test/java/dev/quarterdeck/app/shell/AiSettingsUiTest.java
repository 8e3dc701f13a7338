package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.settings.Settings;
import dev.quarterdeck.app.settings.ThemeChoice;
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

/** The AI section of Settings: Test against a server that is not running says so, in both themes. */
class AiSettingsUiTest {

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
    void testReportsAnUnreachableServer() throws Exception {
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

        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.CONTROL, KeyCode.DIGIT6);
        settle();
        assertThat(robot.lookup("#settings-ai").tryQuery()).isPresent();
        String url = "http://127.0.0.1:" + port;
        fx(() -> {
            robot.lookup("#ai-base-url").queryAs(TextField.class).setText(url);
            robot.lookup("#ai-test").queryAs(Button.class).fire();
            return null;
        });
        settle();
        assertThat(app.aiSettings().problemProperty().get()).isTrue();
        assertThat(robot.lookup("#ai-result").queryAs(javafx.scene.control.Label.class).getText()).isNotBlank()
                .doesNotStartWith("Asking");
        fx(() -> {
            ((javafx.scene.control.ScrollPane) robot.lookup("#settings .scroll-pane").query()).setVvalue(1.0);
            return null;
        });

        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            fx(() -> {
                app.settings().themeProperty().set(theme);
                return null;
            });
            settle();
            Path file = fx(() -> Screenshots.save(stage.getScene(), "settings-ai-" + theme.name().toLowerCase()));
            assertThat(file).exists();
        }
    }
}
