package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.focus.FocusCard;
import dev.quarterdeck.app.focus.FocusLane;
import dev.quarterdeck.app.settings.Settings;
import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Focus screen on the demo workspace: complete a Today task and undo it (the notice's button and Ctrl+Z),
 * drag a card to another lane, quick-add, and the task panel; screenshots in both themes.
 */
class FocusUiTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private QuarterdeckShell app;
    private Stage stage;
    private Store store;

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
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.shell().phase() == ShellPhase.READY);
        settle();
        store = app.session().requireStore();
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
        WaitForAsyncUtils.waitForFxEvents(3);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> app.runningJobs().isEmpty()));
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

    private void shoot(String name, ThemeChoice theme) throws Exception {
        settle();
        Path file = fx(() -> Screenshots.save(stage.getScene(), name + "-" + theme.name().toLowerCase()));
        assertThat(file).exists();
    }

    private List<FocusCard> cards(FocusLane lane) throws Exception {
        return fx(() -> List.copyOf(app.focus().lane(lane).cards()));
    }

    private Task stored(UUID id) {
        return store.tasks().find(id).orElseThrow();
    }

    private void press(KeyCode... keys) throws Exception {
        robot.press(keys).release(keys);
        settle();
    }

    @Test
    void completeUndoDragQuickAddAndTheTaskPanel() throws Exception {
        boot();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            theme(theme);
            shoot("focus", theme);
        }
        theme(ThemeChoice.LIGHT);

        // tick the first Today card: done, in the Done lane, with an Undo notice
        FocusCard first = cards(FocusLane.TODAY).get(0);
        Task before = stored(first.taskId());
        robot.clickOn("#complete-" + first.taskId());
        settle();
        assertThat(stored(first.taskId()).status()).isEqualTo(TaskStatus.DONE);
        assertThat(cards(FocusLane.TODAY)).extracting(FocusCard::taskId).doesNotContain(first.taskId());
        assertThat(cards(FocusLane.DONE)).extracting(FocusCard::taskId).contains(first.taskId());
        assertThat(robot.lookup("#focus-notice-undo").tryQuery()).isPresent();

        // the notice's Undo puts it back where it was
        robot.clickOn("#focus-notice-undo");
        settle();
        Task undone = stored(first.taskId());
        assertThat(undone.status()).isEqualTo(before.status());
        assertThat(undone.horizon()).isEqualTo(before.horizon());
        assertThat(cards(FocusLane.TODAY)).extracting(FocusCard::taskId).contains(first.taskId());

        // Space on a focused card completes it, Ctrl+Z undoes
        fx(() -> {
            robot.lookup("#card-" + first.taskId()).query().requestFocus();
            return null;
        });
        press(KeyCode.SPACE);
        assertThat(stored(first.taskId()).status()).isEqualTo(TaskStatus.DONE);
        press(KeyCode.CONTROL, KeyCode.Z);
        assertThat(stored(first.taskId()).status()).isEqualTo(before.status());
        assertThat(cards(FocusLane.TODAY)).extracting(FocusCard::taskId).contains(first.taskId());

        // drag a Today card to This month: pinned there, with a pin on the card
        FocusCard dragged = cards(FocusLane.TODAY).get(0);
        robot.drag("#card-" + dragged.taskId()).dropTo("#lane-month");
        settle();
        Task moved = stored(dragged.taskId());
        assertThat(moved.horizon()).isEqualTo(Horizon.MONTH);
        assertThat(moved.horizonPinned()).isTrue();
        assertThat(store.tasks().topOpenByHorizon(Horizon.MONTH, 100)).extracting(Task::id).contains(dragged.taskId());
        assertThat(robot.lookup("#pin-" + dragged.taskId()).tryQuery()).isPresent();

        // quick add: the preview says what it understood; an unknown code is an error next to the field
        robot.clickOn("#quick-add");
        robot.write("Book movers fri #ATLAS");
        settle();
        assertThat(robot.lookup("#quick-add-preview").queryAs(Label.class).getText())
                .startsWith("\u201cBook movers\u201d \u00b7 due ").endsWith(" \u00b7 ATLAS");
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            theme(theme);
            shoot("quick-add", theme);
        }
        theme(ThemeChoice.LIGHT);
        press(KeyCode.ENTER);
        assertThat(store.tasks().search("Book movers", 5)).singleElement()
                .satisfies(t -> assertThat(t.due()).isNotNull());
        robot.clickOn("#quick-add");
        robot.write("Call landlord #NOPE");
        settle();
        assertThat(robot.lookup("#quick-add-error").queryAs(Label.class).getText())
                .isEqualTo("No project has the code #NOPE");
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            theme(theme);
            shoot("quick-add-error", theme);
        }
        theme(ThemeChoice.LIGHT);
        press(KeyCode.ENTER);
        assertThat(store.tasks().search("Call landlord", 5)).isEmpty();
        fx(() -> {
            app.focus().quickAdd().textProperty().set("");
            return null;
        });

        // Enter on a card opens the task panel with its score breakdown
        FocusCard opened = cards(FocusLane.TODAY).get(0);
        fx(() -> {
            robot.lookup("#card-" + opened.taskId()).query().requestFocus();
            return null;
        });
        press(KeyCode.ENTER);
        assertThat(app.taskPanel().shownProperty().get()).isTrue();
        assertThat(robot.lookup("#task-title-field").queryTextInputControl().getText()).isEqualTo(opened.title());
        assertThat(robot.lookup("#task-score").queryAs(Label.class).getText()).startsWith("Score ");
        assertThat(robot.lookup("#task-breakdown").queryAs(VBox.class).getChildren()).isNotEmpty();

        // an invalid estimate is shown next to the field
        robot.doubleClickOn("#task-estimate-field");
        robot.write("soon");
        settle();
        assertThat(fx(() -> app.taskPanel().errorProperty("estimate").get())).contains("30m, 2h or 1d");
        fx(() -> {
            app.taskPanel().estimateProperty().set("2h");
            return null;
        });

        // a dependency that closes a circle is refused, naming the circle
        FocusCard other = cards(FocusLane.WEEK).get(0);
        fx(() -> {
            app.taskPanel().addDependency(other.taskId(), false);
            return null;
        });
        settle();
        assertThat(fx(() -> List.copyOf(app.taskPanel().dependencies()))).anySatisfy(
                d -> assertThat(d.otherTaskId()).isEqualTo(other.taskId()));
        fx(() -> {
            app.taskPanel().addDependency(other.taskId(), true);
            return null;
        });
        settle();
        assertThat(fx(() -> app.taskPanel().messageProperty().get())).startsWith("Refused: that would make a circle")
                .contains(opened.title()).contains(other.title());
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            theme(theme);
            shoot("task-panel", theme);
        }
        press(KeyCode.ESCAPE);
        assertThat(app.taskPanel().shownProperty().get()).isFalse();
        Node focusRoot = robot.lookup("#focus").query();
        assertThat(focusRoot).isNotNull();
    }
}
