package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.ask.AskHistoryFile;
import dev.quarterdeck.app.ask.AskMessage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Ask Quarterdeck on the demo workspace: a rules answer, saved with the conversation. */
class AskUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ShellFixture ui = new ShellFixture();

    private final FxRobot robot = ui.robot();

    @Test
    void answersByRulesAndKeepsTheConversation() throws Exception {
        ui.boot(dataDir);

        ui.press(KeyCode.CONTROL, KeyCode.DIGIT8);
        assertThat(ui.app().shell().route()).isEqualTo(Route.of(Section.ASK));
        ui.run(() -> {
            robot.lookup("#ask-question").queryAs(TextField.class).setText("what is overdue in KUBE");
            robot.lookup("#ask-send").queryAs(Button.class).fire();
        });
        ui.run(() -> {
            robot.lookup("#ask-question").queryAs(TextField.class).setText("risks above 15");
            robot.lookup("#ask-send").queryAs(Button.class).fire();
        });

        List<AskMessage> messages = ui.fx(() -> List.copyOf(ui.app().ask().messages()));
        assertThat(messages).hasSize(4);
        assertThat(messages.get(1).producedBy()).isEqualTo("rules");
        assertThat(messages.get(1).text()).startsWith("**Overdue in KUBE**").contains("(KUBE)");
        assertThat(messages.get(3).text()).startsWith("**Open risks above 15**");
        assertThat(robot.lookup(".ask-answer").queryAll()).hasSize(2);
        assertThat(new AskHistoryFile(dataDir).load()).isEqualTo(messages);

        ui.screenshotsInBothThemes("ask");
    }
}
