package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.focus.FocusCard;
import dev.quarterdeck.app.focus.FocusLane;
import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The Focus screen on the demo workspace: complete a Today task and undo it (the notice's button and Ctrl+Z),
 * drag a card to another lane, quick-add, and the task panel; screenshots in both themes.
 */
class FocusUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ShellFixture ui = new ShellFixture();

    private final FxRobot robot = ui.robot();
    private Store store;

    private List<FocusCard> cards(FocusLane lane) throws Exception {
        return ui.fx(() -> List.copyOf(ui.app().focus().lane(lane).cards()));
    }

    private Task stored(UUID id) {
        return store.tasks().find(id).orElseThrow();
    }

    @Test
    void completeUndoDragQuickAddAndTheTaskPanel() throws Exception {
        ui.boot(dataDir);
        store = ui.store();
        ui.screenshotsInBothThemes("focus");
        ui.theme(ThemeChoice.LIGHT);

        // tick the first Today card: done, in the Done lane, with an Undo notice
        FocusCard first = cards(FocusLane.TODAY).get(0);
        Task before = stored(first.taskId());
        robot.clickOn("#complete-" + first.taskId());
        ui.settle();
        assertThat(stored(first.taskId()).status()).isEqualTo(TaskStatus.DONE);
        assertThat(cards(FocusLane.TODAY)).extracting(FocusCard::taskId).doesNotContain(first.taskId());
        assertThat(cards(FocusLane.DONE)).extracting(FocusCard::taskId).contains(first.taskId());
        assertThat(robot.lookup("#focus-notice-undo").tryQuery()).isPresent();

        // the notice's Undo puts it back where it was
        robot.clickOn("#focus-notice-undo");
        ui.settle();
        Task undone = stored(first.taskId());
        assertThat(undone.status()).isEqualTo(before.status());
        assertThat(undone.horizon()).isEqualTo(before.horizon());
        assertThat(cards(FocusLane.TODAY)).extracting(FocusCard::taskId).contains(first.taskId());

        // Space on a focused card completes it, Ctrl+Z undoes
        ui.fx(() -> {
            robot.lookup("#card-" + first.taskId()).query().requestFocus();
            return null;
        });
        ui.press(KeyCode.SPACE);
        assertThat(stored(first.taskId()).status()).isEqualTo(TaskStatus.DONE);
        ui.press(KeyCode.CONTROL, KeyCode.Z);
        assertThat(stored(first.taskId()).status()).isEqualTo(before.status());
        assertThat(cards(FocusLane.TODAY)).extracting(FocusCard::taskId).contains(first.taskId());

        // drag a Today card to This month: pinned there, with a pin on the card
        FocusCard dragged = cards(FocusLane.TODAY).get(0);
        robot.drag("#card-" + dragged.taskId()).dropTo("#lane-month");
        ui.settle();
        Task moved = stored(dragged.taskId());
        assertThat(moved.horizon()).isEqualTo(Horizon.MONTH);
        assertThat(moved.horizonPinned()).isTrue();
        assertThat(store.tasks().topOpenByHorizon(Horizon.MONTH, 100)).extracting(Task::id).contains(dragged.taskId());
        assertThat(robot.lookup("#pin-" + dragged.taskId()).tryQuery()).isPresent();

        // quick add: the preview says what it understood; an unknown code is an error next to the field
        robot.clickOn("#quick-add");
        robot.write("Book movers fri #ATLAS");
        ui.settle();
        assertThat(ui.text("#quick-add-preview"))
                .startsWith("\u201cBook movers\u201d \u00b7 due ").endsWith(" \u00b7 ATLAS");
        ui.screenshotsInBothThemes("quick-add");
        ui.theme(ThemeChoice.LIGHT);
        ui.press(KeyCode.ENTER);
        assertThat(store.tasks().search("Book movers", 5)).singleElement()
                .satisfies(t -> assertThat(t.due()).isNotNull());
        robot.clickOn("#quick-add");
        robot.write("Call landlord #NOPE");
        ui.settle();
        assertThat(ui.text("#quick-add-error"))
                .isEqualTo("No project has the code #NOPE");
        ui.screenshotsInBothThemes("quick-add-error");
        ui.theme(ThemeChoice.LIGHT);
        ui.press(KeyCode.ENTER);
        assertThat(store.tasks().search("Call landlord", 5)).isEmpty();
        ui.fx(() -> {
            ui.app().focus().quickAdd().textProperty().set("");
            return null;
        });

        // Enter on a card opens the task panel with its score breakdown
        FocusCard opened = cards(FocusLane.TODAY).get(0);
        ui.fx(() -> {
            robot.lookup("#card-" + opened.taskId()).query().requestFocus();
            return null;
        });
        ui.press(KeyCode.ENTER);
        assertThat(ui.app().taskPanel().shownProperty().get()).isTrue();
        assertThat(robot.lookup("#task-title-field").queryTextInputControl().getText()).isEqualTo(opened.title());
        assertThat(ui.text("#task-score")).startsWith("Score ");
        assertThat(robot.lookup("#task-breakdown").queryAs(VBox.class).getChildren()).isNotEmpty();

        // an invalid estimate is shown next to the field
        robot.doubleClickOn("#task-estimate-field");
        robot.write("soon");
        ui.settle();
        assertThat(ui.fx(() -> ui.app().taskPanel().errorProperty("estimate").get())).contains("30m, 2h or 1d");
        ui.fx(() -> {
            ui.app().taskPanel().estimateProperty().set("2h");
            return null;
        });

        // a dependency that closes a circle is refused, naming the circle
        FocusCard other = cards(FocusLane.WEEK).get(0);
        ui.run(() -> ui.app().taskPanel().addDependency(other.taskId(), false));
        assertThat(ui.fx(() -> List.copyOf(ui.app().taskPanel().dependencies()))).anySatisfy(
                d -> assertThat(d.otherTaskId()).isEqualTo(other.taskId()));
        ui.run(() -> ui.app().taskPanel().addDependency(other.taskId(), true));
        assertThat(ui.fx(() -> ui.app().taskPanel().messageProperty().get()))
                .startsWith("Refused: that would make a circle")
                .contains(opened.title()).contains(other.title());
        ui.screenshotsInBothThemes("task-panel");
        ui.press(KeyCode.ESCAPE);
        assertThat(ui.app().taskPanel().shownProperty().get()).isFalse();
        Node focusRoot = robot.lookup("#focus").query();
        assertThat(focusRoot).isNotNull();
    }
}
