package dev.quarterdeck.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.settings.Settings;
import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.app.shell.QuarterdeckShell;
import dev.quarterdeck.app.shell.Screenshots;
import dev.quarterdeck.app.shell.ShellPhase;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.graph.GraphLane;
import dev.quarterdeck.core.graph.GraphNode;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The graph screen in the real window on the demo workspace: drawing, selecting, filters, cycles, empty state. */
class GraphViewUiTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private QuarterdeckShell app;
    private Stage stage;

    private void boot(boolean demo) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        LaunchOptions options = new LaunchOptions(dataDir, Optional.empty(), demo, false);
        app = new QuarterdeckShell(options, Settings.DEFAULTS.withTheme(ThemeChoice.LIGHT), Clock.systemDefaultZone(),
                Map.of(), () -> Store.open(StoreConfig.h2File(dataDir)), BackgroundTasks.forJavaFx());
        FxToolkit.setupFixture(() -> {
            app.show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1400);
            stage.setHeight(900);
        });
    }

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
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> app.runningJobs().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private void theme(ThemeChoice choice) throws Exception {
        fx(() -> {
            app.settings().themeProperty().set(choice);
            return null;
        });
        settle();
    }

    private void shoot(String name) throws Exception {
        settle();
        assertThat(fx(() -> Screenshots.save(stage.getScene(), name))).exists();
    }

    private void openGraph() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.shell().phase() != ShellPhase.LOADING);
        settle();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> app.graph().phaseProperty().get() == GraphModel.Phase.READY);
        settle();
    }

    private String text(String selector) {
        return robot.lookup(selector).queryAs(Label.class).getText();
    }

    private GraphPicture picture() throws Exception {
        return fx(() -> app.graph().pictureProperty().get());
    }

    @Test
    void drawsTheDemoWorkspaceAndShowsTheDetailsOfAClickedTask() throws Exception {
        List<UUID> opened = new CopyOnWriteArrayList<>();
        boot(true);
        app.graph().setOnOpenTask(opened::add);
        openGraph();

        // every open task and every task closed in the past seven days is drawn, in its lane
        Store store = app.session().requireStore();
        Instant now = Instant.now();
        long expected = store.tasks().listAll().stream()
                .filter(t -> t.isOpen() || !t.completedAt().isBefore(now.minus(7, ChronoUnit.DAYS))).count();
        GraphPicture picture = picture();
        assertThat(picture.size()).isEqualTo(expected);
        assertThat(picture.lanes()).extracting(LaneBand::lane).containsExactly(GraphLane.values());
        assertThat(picture.graph().edges()).isNotEmpty();
        assertThat(text("#graph-summary")).startsWith(expected + " tasks · ");
        assertThat(robot.lookup("#graph-canvas").query().isVisible()).isTrue();
        assertThat(robot.lookup("#graph-empty").query().isVisible()).isFalse();
        assertThat(robot.lookup("#graph-cycles").query().isVisible()).isFalse();

        shoot("graph-light");
        theme(ThemeChoice.DARK);
        shoot("graph-dark");
        theme(ThemeChoice.LIGHT);

        // click a task on a critical path: it is selected and the panel shows it
        GraphNode target = picture.graph().nodes().stream().filter(GraphNode::critical).findFirst().orElseThrow();
        GraphCanvas canvas = robot.lookup("#graph-canvas").queryAs(GraphCanvas.class);
        fx(() -> {
            canvas.zoomTo(target.id());
            return null;
        });
        settle();
        Point2D point = fx(() -> canvas.localToScreen(canvas.centreOf(target.id()).orElseThrow()));
        robot.clickOn(point);
        settle();
        assertThat(fx(() -> app.graph().selectedProperty().get())).isEqualTo(target.id());
        assertThat(robot.lookup("#graph-details").query().isVisible()).isTrue();
        assertThat(text("#graph-details-title")).isEqualTo(target.task().title());
        assertThat(text("#graph-details-score")).startsWith("Score " + Math.round(target.task().score()));
        assertThat(robot.lookup(".graph-details .label").queryAll()).anySatisfy(
                label -> assertThat(((Label) label).getText()).startsWith("on the critical path to "));
        shoot("graph-selected-light");
        theme(ThemeChoice.DARK);
        shoot("graph-selected-dark");
        theme(ThemeChoice.LIGHT);

        // "Open task" hands the id to the hook the shell wires to the task panel; so does a double click
        robot.clickOn("#graph-open-task");
        point = fx(() -> canvas.localToScreen(canvas.centreOf(target.id()).orElseThrow()));
        robot.doubleClickOn(point);
        settle();
        assertThat(opened).containsExactly(target.id(), target.id());

        // Esc clears the selection and closes the panel
        robot.clickOn(point);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        assertThat(robot.lookup("#graph-details").query().isVisible()).isFalse();

        // the week window keeps Today, This week and Done
        robot.clickOn("#graph-window-week");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> picture().lanes().size() == 3);
        settle();
        assertThat(picture().graph().nodes()).allSatisfy(n -> assertThat(n.lane())
                .isIn(GraphLane.TODAY, GraphLane.WEEK, GraphLane.DONE));
        robot.clickOn("#graph-window-all");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> picture().lanes().size() == 5);
    }

    @Test
    void aBlockingCycleInTheDataIsNamedInABanner() throws Exception {
        boot(true);
        openGraph();
        Store store = app.session().requireStore();
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
        fx(() -> {
            app.graph().reload();
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !picture().graph().cycles().isEmpty());
        settle();

        assertThat(robot.lookup("#graph-cycles").query().isVisible()).isTrue();
        assertThat(robot.lookup("#graph-cycles .label").queryAll()).anySatisfy(label -> assertThat(((Label) label)
                .getText()).isEqualTo("A blocking cycle in your tasks"));
        String named = picture().graph().cycles().get(0).description();
        assertThat(named).contains(open.get(0).title()).contains(open.get(1).title()).contains(" → ");
        assertThat(picture().graph().edges().stream().filter(e -> e.inCycle())).hasSize(2);
        shoot("graph-cycle-light");
    }

    @Test
    void anEmptyWorkspaceSaysWhatToDo() throws Exception {
        boot(false);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.shell().phase() == ShellPhase.WELCOME);
        settle();
        robot.clickOn("#start-empty");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.shell().phase() == ShellPhase.READY);
        openGraph();

        assertThat(robot.lookup("#graph-empty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#graph-canvas").query().isVisible()).isFalse();
        shoot("graph-empty-light");
    }
}
