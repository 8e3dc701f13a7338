package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.settings.Settings;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The AI section of Settings: Test against a server that is not running says so, in both themes. */
class AiSettingsUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ShellFixture ui = new ShellFixture();

    private final FxRobot robot = ui.robot();

    @Test
    void testReportsAnUnreachableServer() throws Exception {
        ui.boot(dataDir);

        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT6);
        assertThat(robot.lookup("#settings-ai").tryQuery()).isPresent();
        String url = "http://127.0.0.1:" + port;
        ui.run(() -> {
            robot.lookup("#ai-base-url").queryAs(TextField.class).setText(url);
            robot.lookup("#ai-test").queryAs(Button.class).fire();
        });
        assertThat(ui.app().aiSettings().problemProperty().get()).isTrue();
        assertThat(ui.text("#ai-result")).isNotBlank()
                .doesNotStartWith("Asking");
        ui.fx(() -> {
            ((javafx.scene.control.ScrollPane) robot.lookup("#settings .scroll-pane").query()).setVvalue(1.0);
            return null;
        });

        ui.screenshotsInBothThemes("settings-ai");
    }
}
