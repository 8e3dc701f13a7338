package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Undo from the audit trail: whole changes, a stack that never redoes, refusals when others changed a record. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class UndoTest {

    @Parameter
    Backend backend;

    StoreConfig config;
    Store store;
    Project project;
    Task task;

    @BeforeEach
    void open() {
        config = backend.newDatabase(TestStores.baseDir());
        store = Store.open(config);
        project = Fixtures.project("Atlas");
        task = Fixtures.task(null, "Send forecast", TaskStatus.TODO, Horizon.WEEK, 40);
        store.write(Actor.system("test"), tx -> {
            tx.insert(project);
            tx.insert(task);
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Task stored(UUID id) {
        return store.tasks().find(id).orElseThrow();
    }

    @Test
    void aCompletionIsUndoneFromTheAuditTrailAfterTheStoreIsReopened() {
        Task current = stored(task.id());
        store.write(Actor.USER, tx -> tx.update(current.withStatus(TaskStatus.DONE, Fixtures.T0.plusSeconds(60))));
        assertThat(stored(task.id()).status()).isEqualTo(TaskStatus.DONE);
        store.close();

        store = Store.open(config);
        Undo.Change undone = new Undo(store).undo().orElseThrow();

        Task back = stored(task.id());
        assertThat(back.status()).isEqualTo(TaskStatus.TODO);
        assertThat(back.horizon()).isEqualTo(Horizon.WEEK);
        assertThat(back.horizonPinned()).isEqualTo(task.horizonPinned());
        assertThat(back.completedAt()).isNull();
        assertThat(undone.entityIds()).containsExactly(task.id());
        assertThat(store.tasks().topOpenByHorizon(Horizon.WEEK, 3)).extracting(Task::id).contains(task.id());
        AuditEvent last = store.audit().latest(1).get(0);
        assertThat(last.actor()).isEqualTo(Undo.ACTOR);
        assertThat(last.entityId()).isEqualTo(task.id());
    }

    @Test
    void undoRevertsTheNewestChangeFirstAndNeverRedoes() {
        Task renamed = store.write(Actor.USER,
                tx -> tx.update(stored(task.id()).withTitleAndNotes("Send Q3 forecast", "", Fixtures.T0)));
        store.write(Actor.USER, tx -> tx.update(renamed.withHorizon(Horizon.TODAY, true, Fixtures.T0)));
        Undo undo = new Undo(store);

        undo.undo();
        assertThat(stored(task.id())).extracting(Task::title, Task::horizon)
                .containsExactly("Send Q3 forecast", Horizon.WEEK);
        undo.undo();
        assertThat(stored(task.id())).extracting(Task::title, Task::horizon)
                .containsExactly("Send forecast", Horizon.WEEK);
        // the setup was written by the system, so nothing of the user's is left to undo
        assertThat(undo.peek()).isEmpty();
        assertThat(undo.undo()).isEmpty();
    }

    @Test
    void aDeletedTaskComesBackWithItsLinks() {
        Task other = Fixtures.task(null, "Review forecast");
        store.write(Actor.USER, tx -> tx.insert(other));
        TaskLink link = Fixtures.link(task.id(), other.id(), LinkKind.BLOCKS);
        store.write(Actor.USER, tx -> tx.insert(link));
        store.write(Actor.USER, tx -> {
            tx.delete(stored(task.id()));
            return null;
        });
        assertThat(store.tasks().find(task.id())).isEmpty();
        assertThat(store.links().find(link.id())).isEmpty();

        Undo.Change change = new Undo(store).undo().orElseThrow();

        assertThat(change.events()).hasSize(2);
        assertThat(store.tasks().find(task.id())).isPresent();
        assertThat(store.links().find(link.id())).contains(link);
    }

    @Test
    void undoIsRefusedWhenSomeoneElseChangedTheRecordSince() {
        Task done = store.write(Actor.USER,
                tx -> tx.update(stored(task.id()).withStatus(TaskStatus.DONE, Fixtures.T0.plusSeconds(60))));
        store.write(Actor.agent("triage"), tx -> tx.update(done.withTitleAndNotes("Renamed by agent", "",
                Fixtures.T0.plusSeconds(120))));
        int events = store.audit().latest(100).size();

        assertThatThrownBy(() -> new Undo(store).undo()).isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("changed elsewhere");
        assertThat(store.audit().latest(100)).hasSize(events);
        assertThat(stored(task.id()).status()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void theStackSkipsChangesThatWereUndone() {
        List<Undo.Entry> newestFirst = List.of(
                new Undo.Entry(6, UUID.randomUUID(), "undo"),
                new Undo.Entry(5, UUID.randomUUID(), "user"),
                new Undo.Entry(4, UUID.randomUUID(), "undo"),
                new Undo.Entry(3, UUID.randomUUID(), "user"),
                new Undo.Entry(2, null, "user"));

        assertThat(Undo.newestNotUndone(newestFirst)).map(Undo.Entry::sequence).contains(2L);
        assertThat(Undo.newestNotUndone(newestFirst.subList(2, 5))).map(Undo.Entry::sequence).contains(2L);
        assertThat(Undo.newestNotUndone(newestFirst.subList(1, 5))).map(Undo.Entry::sequence).contains(5L);
    }
}
