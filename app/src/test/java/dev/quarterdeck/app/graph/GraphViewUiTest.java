package dev.quarterdeck.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.app.shell.ShellFixture;
import dev.quarterdeck.app.shell.ShellPhase;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.graph.GraphLane;
import dev.quarterdeck.core.graph.GraphNode;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The graph screen in the real window on the demo workspace: drawing, selecting, filters, cycles, empty state. */
class GraphViewUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ShellFixture ui = new ShellFixture();

    private final FxRobot robot = ui.robot();

    private void openGraph() throws Exception {
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT3);
        ui.waitUntil(() -> ui.app().graph().phaseProperty().get() == GraphModel.Phase.READY);
    }

    private GraphPicture picture() throws Exception {
        return ui.fx(() -> ui.app().graph().pictureProperty().get());
    }

    @Test
    void drawsTheDemoWorkspaceAndShowsTheDetailsOfAClickedTask() throws Exception {
        List<UUID> opened = new CopyOnWriteArrayList<>();
        ui.boot(dataDir).graph().setOnOpenTask(opened::add);
        openGraph();

        // every open task and every task closed in the past seven days is drawn, in its lane
        Store store = ui.store();
        Instant now = Instant.now();
        long expected = store.tasks().listAll().stream()
                .filter(t -> t.isOpen() || !t.completedAt().isBefore(now.minus(7, ChronoUnit.DAYS))).count();
        GraphPicture picture = picture();
        assertThat(picture.size()).isEqualTo(expected);
        assertThat(picture.lanes()).extracting(LaneBand::lane).containsExactly(GraphLane.values());
        assertThat(picture.graph().edges()).isNotEmpty();
        assertThat(ui.text("#graph-summary")).startsWith(expected + " tasks · ");
        assertThat(robot.lookup("#graph-canvas").query().isVisible()).isTrue();
        assertThat(robot.lookup("#graph-empty").query().isVisible()).isFalse();
        assertThat(robot.lookup("#graph-cycles").query().isVisible()).isFalse();

        ui.screenshotsInBothThemes("graph");
        ui.theme(ThemeChoice.LIGHT);

        // click a task on a critical path: it is selected and the panel shows it
        GraphNode target = picture.graph().nodes().stream().filter(GraphNode::critical).findFirst().orElseThrow();
        GraphCanvas canvas = robot.lookup("#graph-canvas").queryAs(GraphCanvas.class);
        ui.run(() -> canvas.zoomTo(target.id()));
        Point2D point = ui.fx(() -> canvas.localToScreen(canvas.centreOf(target.id()).orElseThrow()));
        robot.clickOn(point);
        ui.settle();
        assertThat(ui.fx(() -> ui.app().graph().selectedProperty().get())).isEqualTo(target.id());
        assertThat(robot.lookup("#graph-details").query().isVisible()).isTrue();
        assertThat(ui.text("#graph-details-title")).isEqualTo(target.task().title());
        assertThat(ui.text("#graph-details-score")).startsWith("Score " + Math.round(target.task().score()));
        assertThat(robot.lookup(".graph-details .label").queryAll()).anySatisfy(
                label -> assertThat(((Label) label).getText()).startsWith("on the critical path to "));
        ui.screenshotsInBothThemes("graph-selected");
        ui.theme(ThemeChoice.LIGHT);

        // "Open task" hands the id to the hook the shell wires to the task panel; so does a double click
        robot.clickOn("#graph-open-task");
        point = ui.fx(() -> canvas.localToScreen(canvas.centreOf(target.id()).orElseThrow()));
        robot.doubleClickOn(point);
        ui.settle();
        assertThat(opened).containsExactly(target.id(), target.id());

        // Esc clears the selection and closes the panel
        robot.clickOn(point);
        ui.press(KeyCode.ESCAPE);
        assertThat(robot.lookup("#graph-details").query().isVisible()).isFalse();

        // the week window keeps Today, This week and Done
        robot.clickOn("#graph-window-week");
        ui.waitUntil(() -> picture().lanes().size() == 3);
        assertThat(picture().graph().nodes()).allSatisfy(n -> assertThat(n.lane())
                .isIn(GraphLane.TODAY, GraphLane.WEEK, GraphLane.DONE));
        robot.clickOn("#graph-window-all");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> picture().lanes().size() == 5);
    }

    @Test
    void aBlockingCycleInTheDataIsNamedInABanner() throws Exception {
        ui.boot(dataDir);
        openGraph();
        Store store = ui.store();
        List<Task> open = store.tasks().listAll().stream().filter(Task::isOpen)
                .filter(t -> t.horizon() == dev.quarterdeck.core.task.Horizon.TODAY)
                .filter(t -> store.links().listForTask(t.id()).isEmpty()).limit(2).toList();
        assertThat(open).hasSize(2);
        Instant now = Instant.now();
        store.write(Actor.system("test"), tx -> {
            tx.insert(new TaskLink(UUID.randomUUID(), open.get(0).id(), open.get(1).id(), LinkKind.BLOCKS,
                    LinkOrigin.CONNECTOR, now));
            tx.insert(new TaskLink(UUID.randomUUID(), open.get(1).id(), open.get(0).id(), LinkKind.BLOCKS,
                    LinkOrigin.CONNECTOR, now));
            return null;
        });
        ui.fx(() -> {
            ui.app().graph().reload();
            return null;
        });
        ui.waitUntil(() -> !picture().graph().cycles().isEmpty());

        assertThat(robot.lookup("#graph-cycles").query().isVisible()).isTrue();
        assertThat(robot.lookup("#graph-cycles .label").queryAll()).anySatisfy(label -> assertThat(((Label) label)
                .getText()).isEqualTo("A blocking cycle in your tasks"));
        String named = picture().graph().cycles().get(0).description();
        assertThat(named).contains(open.get(0).title()).contains(open.get(1).title()).contains(" → ");
        assertThat(picture().graph().edges().stream().filter(e -> e.inCycle())).hasSize(2);
        ui.screenshot("graph-cycle-light");
    }

    @Test
    void anEmptyWorkspaceSaysWhatToDo() throws Exception {
        ui.start(dataDir, false);
        ui.waitFor(ShellPhase.WELCOME);
        robot.clickOn("#start-empty");
        ui.waitFor(ShellPhase.READY);
        openGraph();

        assertThat(robot.lookup("#graph-empty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#graph-canvas").query().isVisible()).isFalse();
        ui.screenshot("graph-empty-light");
    }
}
