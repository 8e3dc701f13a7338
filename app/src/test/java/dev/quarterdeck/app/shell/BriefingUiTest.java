package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.store.Store;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The Briefing view on the demo workspace: the schedule's first briefing, another kind composed on demand. */
class BriefingUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ShellFixture ui = new ShellFixture();

    private final FxRobot robot = ui.robot();

    @Test
    void showsTheBriefingSaysWhoComposedItAndComposesOnDemand() throws Exception {
        ui.boot(dataDir);
        Store store = ui.store();
        // the first check of the schedule composes the newest due briefing (there is always one within a week)
        ui.waitUntil(() -> !store.briefings().list(10).isEmpty());

        ui.press(KeyCode.CONTROL, KeyCode.DIGIT7);
        assertThat(ui.app().shell().route()).isEqualTo(Route.of(Section.BRIEFING));
        assertThat(ui.text("#briefing-produced")).startsWith("Composed by rules · ");
        assertThat(robot.lookup("#briefing-text").queryAs(VBox.class).getChildren()).isNotEmpty();

        ui.click("#briefing-kind-morning");
        ui.click("#briefing-compose");
        assertThat(store.briefings().latest(BriefingKind.MORNING)).isPresent();
        assertThat(ui.app().briefing().briefing().orElseThrow().kind()).isEqualTo(BriefingKind.MORNING);
        assertThat(robot.lookup(".briefing-heading").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("Today's meetings", "Top three", "Deadlines within 48 h", "Risks to review",
                        "Budget alerts", "People to update");

        ui.screenshotsInBothThemes("briefing");
    }
}
