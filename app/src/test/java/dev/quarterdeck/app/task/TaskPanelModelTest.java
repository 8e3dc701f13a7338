package dev.quarterdeck.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.focus.FocusScoring;
import dev.quarterdeck.core.focus.ScoreWeights;
import dev.quarterdeck.core.focus.TaskActions;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task panel's model on a real store, without a toolkit: open, validate, save, conflicts, links, browser. */
class TaskPanelModelTest {

    static final Instant NOW = Instant.parse("2026-11-18T09:00:00Z");
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    Store store;
    TaskActions actions;
    TaskPanelModel panel;
    Task task;
    Task other;
    int changes;
    final List<String> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2File(dir), clock);
        task = Task.create(UUID.randomUUID(), null, "Send forecast", Horizon.WEEK, LocalDate.of(2026, 11, 19), NOW);
        other = Task.create(UUID.randomUUID(), null, "Collect numbers", Horizon.WEEK, null, NOW);
        store.write(Actor.USER, tx -> {
            tx.insert(task);
            tx.insert(other);
            return null;
        });
        actions = new TaskActions(store, FocusScoring.load(store, ScoreWeights.DEFAULT, clock), clock);
        panel = new TaskPanelModel(BackgroundTasks.synchronous(), () -> store, () -> actions, () -> changes++);
        panel.setBrowser(opened::add);
        panel.open(task.id());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void opensWithTheFieldsAndTheScoreBreakdown() {
        assertThat(panel.shownProperty().get()).isTrue();
        assertThat(panel.titleProperty().get()).isEqualTo("Send forecast");
        assertThat(panel.scoreTextProperty().get()).isEqualTo("Score 40 of 100");
        assertThat(panel.breakdown()).containsExactly("due tomorrow +30", "active today +10");
        assertThat(panel.dirtyProperty().get()).isFalse();
    }

    @Test
    void anInvalidFieldIsShownAndNothingIsSaved() {
        panel.titleProperty().set("");
        panel.save();

        assertThat(panel.errorProperty("title").get()).isEqualTo("A task needs a title");
        assertThat(store.tasks().find(task.id()).orElseThrow().title()).isEqualTo("Send forecast");
        assertThat(changes).isZero();
    }

    @Test
    void savingWritesTheEditsAndChoosingAHorizonPinsIt() {
        panel.titleProperty().set("Send Q3 forecast");
        panel.horizonProperty().set(Horizon.MONTH);
        panel.estimateProperty().set("2h");
        panel.save();

        Task saved = store.tasks().find(task.id()).orElseThrow();
        assertThat(saved.title()).isEqualTo("Send Q3 forecast");
        assertThat(saved.horizon()).isEqualTo(Horizon.MONTH);
        assertThat(saved.horizonPinned()).isTrue();
        assertThat(saved.estimate()).hasHours(2);
        assertThat(panel.messageProperty().get()).isEqualTo("Saved");
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void aChangeElsewhereSinceOpeningIsReportedAndTheEditsStay() {
        Task current = store.tasks().find(task.id()).orElseThrow();
        store.write(Actor.agent("triage"), tx -> tx.update(current.withTitleAndNotes("Renamed by triage", "", NOW)));

        panel.titleProperty().set("My title");
        panel.save();

        assertThat(panel.messageProperty().get()).startsWith("Someone else changed this task");
        assertThat(panel.titleProperty().get()).isEqualTo("My title");
        assertThat(store.tasks().find(task.id()).orElseThrow().title()).isEqualTo("Renamed by triage");
    }

    @Test
    void dependenciesAreAddedRemovedAndACircleIsRefused() {
        panel.addDependency(other.id(), true);
        assertThat(panel.dependencies()).singleElement().satisfies(d -> {
            assertThat(d.blocksThis()).isTrue();
            assertThat(d.otherTitle()).isEqualTo("Collect numbers");
        });

        panel.addDependency(other.id(), false);
        assertThat(panel.messageProperty().get()).isEqualTo(
                "Refused: that would make a circle \u2014 Send forecast \u2192 Collect numbers \u2192 Send forecast");
        assertThat(store.links().listAll()).hasSize(1);

        panel.removeDependency(panel.dependencies().get(0));
        assertThat(panel.dependencies()).isEmpty();
        assertThat(store.links().listAll()).isEmpty();
    }

    @Test
    void openSourceHandsAValidLinkToTheBrowser() {
        panel.sourceUrlProperty().set("not a link with spaces");
        panel.openSource();
        assertThat(opened).isEmpty();

        panel.sourceUrlProperty().set("https://mail.example.com/m/42");
        panel.openSource();
        assertThat(opened).containsExactly("https://mail.example.com/m/42");
    }
}
