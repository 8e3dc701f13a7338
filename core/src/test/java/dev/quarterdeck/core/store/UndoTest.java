package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
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

    @Test
    void aNamedChangeIsUndoneEvenWhenNewerOnesExistAndTheStackSkipsItLater() {
        UUID rename = store.write(Actor.USER, tx -> {
            tx.update(stored(task.id()).withTitleAndNotes("Send Q3 forecast", "", Fixtures.T0));
            return tx.changeId();
        });
        Task other = Fixtures.task(null, "Book movers");
        store.write(Actor.USER, tx -> tx.insert(other));
        Undo undo = new Undo(store);

        Undo.Change undone = undo.undo(rename);

        assertThat(undone.entityIds()).containsExactly(task.id());
        assertThat(stored(task.id()).title()).isEqualTo("Send forecast");
        assertThat(store.audit().latest(1).get(0).actor().name()).isEqualTo("undo " + rename);
        assertThatThrownBy(() -> undo.undo(rename)).isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("undone already");
        // the stack goes on with the newer change, then finds nothing (the rename is undone already)
        assertThat(undo.undo()).map(Undo.Change::entityIds).contains(List.of(other.id()));
        assertThat(store.tasks().find(other.id())).isEmpty();
        assertThat(undo.peek()).isEmpty();
    }

    @Test
    void aDeletedProjectComesBackWithEveryRecordInOneUndo() {
        Risk risk = Fixtures.risk(project.id(), "R-001");
        BudgetLine line = Fixtures.budgetLine(project.id(), "Removals", "1000.00");
        Transaction payment = Fixtures.transaction(project.id(), line.id(), Fixtures.D0, "250.00");
        Task inProject = Fixtures.task(project.id(), "Sign lease");
        store.write(Actor.system("test"), tx -> {
            tx.insert(risk);
            tx.insert(line);
            tx.insert(payment);
            tx.insert(inProject);
            return null;
        });
        var before = store.snapshot();
        UUID deletion = store.write(Actor.USER, tx -> {
            tx.delete(store.projects().find(project.id()).orElseThrow());
            return tx.changeId();
        });
        assertThat(store.projects().find(project.id())).isEmpty();

        new Undo(store).undo(deletion);

        assertThat(store.snapshot()).isEqualTo(before);
    }

    @Test
    void anUndoIsNotUndoneByName() {
        UUID done = store.write(Actor.USER, tx -> {
            tx.update(stored(task.id()).withStatus(TaskStatus.DONE, Fixtures.T0.plusSeconds(60)));
            return tx.changeId();
        });
        new Undo(store).undo(done);
        UUID undoChange = store.jdbi().withHandle(h -> h.createQuery(
                "SELECT change_id FROM audit_events ORDER BY sequence DESC LIMIT 1").mapTo(UUID.class).one());

        assertThatThrownBy(() -> new Undo(store).undo(undoChange)).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> new Undo(store).undo(UUID.randomUUID())).isInstanceOf(StoreException.class)
                .hasMessageContaining("Nothing to undo");
    }

    @Test
    void targetedUndosCancelTheirTargetAndPlainUndosTheNewestLeft() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<Undo.Entry> newestFirst = List.of(
                new Undo.Entry(9, UUID.randomUUID(), "undo " + first),
                new Undo.Entry(8, UUID.randomUUID(), "undo"),
                new Undo.Entry(7, UUID.randomUUID(), "user"),
                new Undo.Entry(6, second, "user"),
                new Undo.Entry(5, first, "user"));

        // the plain undo (8) cancelled 7; 9 cancelled 5 by name; 6 is left
        assertThat(Undo.newestNotUndone(newestFirst)).map(Undo.Entry::sequence).contains(6L);
        assertThat(Undo.undoneKeys(newestFirst)).contains(first).doesNotContain(second);
    }
}
