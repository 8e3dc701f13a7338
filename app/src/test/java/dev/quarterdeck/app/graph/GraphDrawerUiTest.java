package dev.quarterdeck.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.settings.Settings;
import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.app.shell.QuarterdeckShell;
import dev.quarterdeck.app.shell.Route;
import dev.quarterdeck.app.shell.Screenshots;
import dev.quarterdeck.app.shell.ShellPhase;
import dev.quarterdeck.core.graph.GraphNode;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** "Open task" on the graph opens the task drawer over the graph, and an edit there redraws the graph. */
class GraphDrawerUiTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private QuarterdeckShell app;
    private Stage stage;

    private void boot() throws Exception {
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

    private void shoot(String name) throws Exception {
        settle();
        assertThat(fx(() -> Screenshots.save(stage.getScene(), name))).exists();
    }

    private void theme(ThemeChoice choice) throws Exception {
        fx(() -> {
            app.settings().themeProperty().set(choice);
            return null;
        });
        settle();
    }

    private Node drawer() {
        return robot.lookup("#graph #task-panel").query();
    }

    @Test
    void openTaskShowsTheDrawerOverTheGraphAndAnEditThereRedrawsIt() throws Exception {
        boot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.shell().phase() != ShellPhase.LOADING);
        settle();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> app.graph().phaseProperty().get() == GraphModel.Phase.READY);
        settle();
        assertThat(drawer().isVisible()).isFalse();

        GraphNode target = fx(() -> app.graph().pictureProperty().get().graph().nodes().stream()
                .filter(GraphNode::critical).findFirst().orElseThrow());
        fx(() -> {
            app.graph().select(target.id());
            return null;
        });
        settle();
        robot.clickOn("#graph-open-task");
        settle();

        // the drawer opens on the graph screen, over its right side, for the selected task
        assertThat(fx(() -> app.shell().route())).isEqualTo(Route.of(dev.quarterdeck.app.shell.Section.GRAPH));
        assertThat(drawer().isVisible()).isTrue();
        assertThat(robot.lookup("#graph #task-title-field").queryAs(TextField.class).getText())
                .isEqualTo(target.task().title());
        assertThat(fx(() -> drawer().localToScene(drawer().getLayoutBounds()).getMaxX()))
                .isCloseTo(stage.getScene().getWidth(), org.assertj.core.data.Offset.offset(2.0));
        // the Focus screen's own drawer stays closed
        assertThat(fx(() -> app.taskPanel().shownProperty().get())).isFalse();
        shoot("graph-drawer-light");
        theme(ThemeChoice.DARK);
        shoot("graph-drawer-dark");
        theme(ThemeChoice.LIGHT);

        // an edit saved in the drawer reaches the store and the redrawn graph
        String renamed = target.task().title() + " (revised)";
        fx(() -> {
            app.graphTaskPanel().titleProperty().set(renamed);
            return null;
        });
        // (Save sits below the fold of the drawer's scrolling form at this window height)
        assertThat(robot.lookup("#graph #task-save").query().isDisabled()).isFalse();
        fx(() -> {
            app.graphTaskPanel().save();
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> app.graph().pictureProperty().get().graph()
                .nodes().stream().anyMatch(n -> n.task().title().equals(renamed))));
        settle();
        assertThat(app.session().requireStore().tasks().find(target.id()).orElseThrow().title()).isEqualTo(renamed);

        // Esc closes the drawer and leaves the graph where it was
        robot.clickOn("#graph #task-title-field");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        assertThat(drawer().isVisible()).isFalse();
        assertThat(fx(() -> app.shell().route())).isEqualTo(Route.of(dev.quarterdeck.app.shell.Section.GRAPH));
    }
}
