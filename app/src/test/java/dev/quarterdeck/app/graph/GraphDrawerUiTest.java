package dev.quarterdeck.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.app.shell.QuarterdeckShell;
import dev.quarterdeck.app.shell.Route;
import dev.quarterdeck.app.shell.Section;
import dev.quarterdeck.app.shell.ShellFixture;
import dev.quarterdeck.core.graph.GraphNode;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** "Open task" on the graph opens the task drawer over the graph, and an edit there redraws the graph. */
class GraphDrawerUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ShellFixture ui = new ShellFixture();

    private Node drawer() {
        return ui.robot().lookup("#graph #task-panel").query();
    }

    @Test
    void openTaskShowsTheDrawerOverTheGraphAndAnEditThereRedrawsIt() throws Exception {
        QuarterdeckShell app = ui.boot(dataDir);
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT3);
        ui.waitUntil(() -> app.graph().phaseProperty().get() == GraphModel.Phase.READY);
        assertThat(drawer().isVisible()).isFalse();

        GraphNode target = ui.fx(() -> app.graph().pictureProperty().get().graph().nodes().stream()
                .filter(GraphNode::critical).findFirst().orElseThrow());
        ui.run(() -> app.graph().select(target.id()));
        ui.robot().clickOn("#graph-open-task");
        ui.settle();

        // the drawer opens on the graph screen, over its right side, for the selected task
        assertThat(ui.fx(() -> app.shell().route())).isEqualTo(Route.of(Section.GRAPH));
        assertThat(drawer().isVisible()).isTrue();
        assertThat(ui.robot().lookup("#graph #task-title-field").queryAs(TextField.class).getText())
                .isEqualTo(target.task().title());
        assertThat(ui.fx(() -> drawer().localToScene(drawer().getLayoutBounds()).getMaxX()))
                .isCloseTo(ui.stage().getScene().getWidth(), Offset.offset(2.0));
        // the Focus screen's own drawer stays closed
        assertThat(ui.fx(() -> app.taskPanel().shownProperty().get())).isFalse();
        ui.screenshotsInBothThemes("graph-drawer");
        ui.theme(ThemeChoice.LIGHT);

        // an edit saved in the drawer reaches the store and the redrawn graph
        String renamed = target.task().title() + " (revised)";
        ui.fx(() -> {
            app.graphTaskPanel().titleProperty().set(renamed);
            return null;
        });
        // (Save sits below the fold of the drawer's scrolling form at this window height)
        assertThat(ui.robot().lookup("#graph #task-save").query().isDisabled()).isFalse();
        ui.fx(() -> {
            app.graphTaskPanel().save();
            return null;
        });
        ui.waitUntil(() -> ui.fx(() -> app.graph().pictureProperty().get().graph()
                .nodes().stream().anyMatch(n -> n.task().title().equals(renamed))));
        assertThat(ui.store().tasks().find(target.id()).orElseThrow().title()).isEqualTo(renamed);

        // Esc closes the drawer and leaves the graph where it was
        ui.robot().clickOn("#graph #task-title-field");
        ui.press(KeyCode.ESCAPE);
        assertThat(drawer().isVisible()).isFalse();
        assertThat(ui.fx(() -> app.shell().route())).isEqualTo(Route.of(Section.GRAPH));
    }
}
