package dev.quarterdeck.core.focus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completing, pinning, quick-adding and linking tasks, each followed by rescoring only what it affects. */
class TaskActionsTest {

    static final Instant NOW = Instant.parse("2026-11-18T09:00:00Z"); // a Wednesday
    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    Store store;
    Project project;
    TaskActions actions;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2File(dir), clock);
        project = new Project(UUID.randomUUID(), "ATLAS", "Atlas move", "", ProjectStatus.ACTIVE, Priority.CRITICAL,
                null, null, TODAY.minusDays(30), TODAY.plusDays(60), List.of(), List.of(), "", "",
                Currency.getInstance("EUR"), BigDecimal.ZERO, NOW.minusSeconds(86_400 * 30), NOW.minusSeconds(86_400 * 30), 0);
        store.write(Actor.system("test"), tx -> tx.insert(project));
        actions = new TaskActions(store, FocusScoring.load(store, ScoreWeights.DEFAULT, clock), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Task add(String line) {
        return actions.quickAdd(new QuickAddParser(TODAY).parse(line), Horizon.LATER);
    }

    private Task stored(Task task) {
        return store.tasks().find(task.id()).orElseThrow();
    }

    @Test
    void quickAddCreatesTheTaskInItsProjectScoredAndInTheProposedLane() {
        Task task = add("Send Q3 forecast tomorrow #atlas");

        Task stored = stored(task);
        assertThat(stored.title()).isEqualTo("Send Q3 forecast");
        assertThat(stored.projectId()).isEqualTo(project.id());
        assertThat(stored.due()).isEqualTo(TODAY.plusDays(1));
        // due tomorrow 30 + critical project 20 + active today 10
        assertThat(stored.score()).isEqualTo(60);
        assertThat(stored.horizon()).isEqualTo(Horizon.WEEK);
        assertThat(store.tasks().topOpenByHorizon(Horizon.WEEK, 3)).extracting(Task::id).containsExactly(task.id());
    }

    @Test
    void quickAddWithAnUnknownProjectCodeIsRefusedAndCreatesNothing() {
        assertThatThrownBy(() -> add("Call movers #NOPE")).isInstanceOf(UnknownProjectException.class)
                .hasMessage("No project has the code #NOPE");
        assertThat(store.tasks().count()).isZero();
    }

    @Test
    void completingMovesTheTaskToDoneAndUndoPutsItBackInItsLane() {
        Task task = add("Send forecast today");
        assertThat(stored(task).horizon()).isEqualTo(Horizon.TODAY);

        actions.complete(task.id());
        assertThat(store.tasks().topOpenByHorizon(Horizon.TODAY, 3)).isEmpty();
        assertThat(store.tasks().completedSince(NOW.minusSeconds(60), 3)).extracting(Task::id)
                .containsExactly(task.id());
        assertThat(store.audit().latest(1).get(0).actor()).isEqualTo(Actor.USER);

        Optional<?> undone = actions.undo();

        assertThat(undone).isPresent();
        assertThat(stored(task).status()).isEqualTo(TaskStatus.TODO);
        assertThat(store.tasks().topOpenByHorizon(Horizon.TODAY, 3)).extracting(Task::id).containsExactly(task.id());
    }

    @Test
    void aPinnedHorizonWinsOverTheProposalAndUnpinningGivesItBack() {
        Task task = add("Send forecast today");

        actions.pin(task.id(), Horizon.MONTH);
        assertThat(stored(task)).extracting(Task::horizon, Task::horizonPinned).containsExactly(Horizon.MONTH, true);
        actions.scoring().rescoreAll();
        assertThat(stored(task).horizon()).isEqualTo(Horizon.MONTH);

        actions.unpin(task.id());
        assertThat(stored(task)).extracting(Task::horizon, Task::horizonPinned).containsExactly(Horizon.TODAY, false);
    }

    @Test
    void aDependencyThatWouldCloseACircleIsRefusedWithTheCircleNamed() {
        Task draft = add("Draft plan");
        Task review = add("Review plan");
        Task sign = add("Sign plan");
        actions.addDependency(draft.id(), review.id());
        actions.addDependency(review.id(), sign.id());

        assertThatThrownBy(() -> actions.addDependency(sign.id(), draft.id()))
                .isInstanceOf(DependencyCycleException.class)
                .hasMessage("That dependency would make a circle: Sign plan \u2192 Draft plan \u2192 Review plan "
                        + "\u2192 Sign plan");
        assertThat(store.links().listAll()).hasSize(2);
    }

    @Test
    void blockingATaskOnAMilestoneRaisesTheBlockerAndOnlyTheTwoEndsAreRescored() {
        Task onMilestone = add("Sign lease in 20 days #ATLAS");
        Task blocker = add("Get legal review #ATLAS");
        Task bystander = add("Order boxes #ATLAS");
        Milestone lease = new Milestone(UUID.randomUUID(), project.id(), "M2 Lease signed", "",
                TODAY.plusDays(20), TODAY.plusDays(20), MilestoneStatus.PLANNED, null, NOW, 0);
        store.write(Actor.USER, tx -> {
            tx.insert(lease);
            tx.insert(new MilestoneTask(lease.id(), onMilestone.id()));
            return null;
        });
        actions = new TaskActions(store, FocusScoring.load(store, ScoreWeights.DEFAULT, clock), clock);
        actions.scoring().rescoreAll();
        double before = stored(blocker).score();

        TaskLink link = actions.addDependency(blocker.id(), onMilestone.id());

        assertThat(stored(blocker).score()).isEqualTo(before + 20);
        assertThat(actions.scoring().score(blocker.id()).explain()).contains("blocks milestone M2 Lease signed +20");
        assertThat(actions.scoring().linkAdded(link)).containsExactlyInAnyOrder(blocker.id(), onMilestone.id())
                .doesNotContain(bystander.id());
        actions.removeDependency(link);
        assertThat(stored(blocker).score()).isEqualTo(before);
    }

    @Test
    void completingATaskRescoresItsNeighboursOnly() {
        Task first = add("First");
        Task second = add("Second");
        Task unrelated = add("Unrelated");
        actions.addDependency(first.id(), second.id());

        java.util.Set<UUID> affected = actions.scoring().taskChanged(stored(first).withStatus(TaskStatus.DONE, NOW));

        assertThat(affected).containsExactlyInAnyOrder(first.id(), second.id()).doesNotContain(unrelated.id());
    }

    @Test
    void completingATaskOnAMilestoneLowersItsBlockersStoredScoreInTheSameWrite() {
        Task onMilestone = add("Sign lease in 20 days #ATLAS");
        Task blocker = add("Get legal review #ATLAS");
        Milestone lease = new Milestone(UUID.randomUUID(), project.id(), "M2 Lease signed", "",
                TODAY.plusDays(20), TODAY.plusDays(20), MilestoneStatus.PLANNED, null, NOW, 0);
        store.write(Actor.USER, tx -> {
            tx.insert(lease);
            tx.insert(new MilestoneTask(lease.id(), onMilestone.id()));
            return null;
        });
        actions = new TaskActions(store, FocusScoring.load(store, ScoreWeights.DEFAULT, clock), clock);
        actions.addDependency(blocker.id(), onMilestone.id());
        double blocking = stored(blocker).score();
        long eventsBefore = store.audit().latest(1_000).size();

        actions.complete(onMilestone.id());

        // the blocked task is done, so the blocker no longer blocks an open milestone task
        assertThat(stored(blocker).score()).isEqualTo(blocking - 20);
        // one audited change (the completion); the new scores are derived values written with it
        assertThat(store.audit().latest(1_000)).hasSize((int) eventsBefore + 1);
        assertThat(actions.undoable()).get().extracting(c -> c.entityIds()).asList()
                .containsExactly(onMilestone.id());
    }

    @Test
    void completingATaskDeletedElsewhereIsRefusedAndWritesNothing() {
        Task task = add("Send forecast today");
        store.write(Actor.system("sync"), tx -> {
            tx.delete(stored(task));
            return null;
        });
        long events = store.audit().latest(1_000).size();

        assertThatThrownBy(() -> actions.complete(task.id()))
                .isInstanceOf(dev.quarterdeck.core.store.StaleRecordException.class)
                .hasMessageContaining("deleted elsewhere");
        assertThat(store.audit().latest(1_000)).hasSize((int) events);
        assertThat(actions.scoring().score(task.id()).total()).isGreaterThan(0);
    }
}
