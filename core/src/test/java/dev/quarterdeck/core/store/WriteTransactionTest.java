package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.audit.AuditEvent.Action;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Transactions, rollback, cascading deletes and the audit trail, on an empty database per test. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class WriteTransactionTest {

    private static final Instant NOW = Instant.parse("2025-06-01T08:00:00.654321Z");

    @Parameter
    Backend backend;

    Store store;

    @BeforeEach
    void open() {
        store = Store.open(backend.newDatabase(TestStores.baseDir()), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aWriteThatThrowsLeavesNothingBehindNotEvenAuditEvents() {
        Project project = Fixtures.project("Doomed");
        IllegalStateException failure = new IllegalStateException("changed my mind");

        assertThatThrownBy(() -> store.write(Actor.USER, tx -> {
            tx.insert(project);
            tx.insert(Fixtures.task(project.id(), "first"));
            assertThat(tx.projects().find(project.id())).as("visible inside the transaction").contains(project);
            throw failure;
        })).isSameAs(failure);

        assertThat(store.isEmpty()).isTrue();
        assertThat(store.audit().latest(10)).isEmpty();
    }

    @Test
    void aWriteTheDatabaseRefusesRollsBackEarlierStatementsOfTheSameTransaction() {
        Project project = Fixtures.project("Real");
        Task orphan = Fixtures.task(UUID.randomUUID(), "refers to a project that does not exist");

        assertThatThrownBy(() -> store.write(Actor.USER, tx -> {
            tx.insert(project);
            return tx.insert(orphan);
        })).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not create Task 'refers to a project that does not exist': it refers to"
                        + " a record that does not exist");

        assertThat(store.projects().find(project.id())).isEmpty();
        assertThat(store.audit().latest(10)).isEmpty();
    }

    @Test
    void auditEventsCarryActorTimeProjectAndStatesInOrder() {
        Project project = Fixtures.project("Audited");
        Task task = Fixtures.task(project.id(), "Send Q3 forecast");
        store.write(Actor.USER, tx -> {
            tx.insert(project);
            return tx.insert(task);
        });
        Task moved = store.write(Actor.agent("triage"), tx -> tx.update(task.withScore(42)));
        store.write(Actor.connector("gmail"), tx -> {
            tx.delete(moved);
            return null;
        });

        List<AuditEvent> events = store.audit().listForEntity(task.id());
        assertThat(events).extracting(AuditEvent::action).containsExactly(Action.CREATE, Action.UPDATE, Action.DELETE);
        assertThat(events).extracting(AuditEvent::actor)
                .containsExactly(Actor.USER, Actor.agent("triage"), Actor.connector("gmail"));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.at()).isEqualTo(NOW);
            assertThat(e.entityType()).isEqualTo("Task");
            assertThat(e.projectId()).isEqualTo(project.id());
        });
        assertThat(events).extracting(AuditEvent::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(StoreJson.read(events.get(1).beforeJson(), Task.class)).isEqualTo(task);
        assertThat(StoreJson.read(events.get(1).afterJson(), Task.class)).isEqualTo(moved);
        assertThat(StoreJson.read(events.get(2).beforeJson(), Task.class)).isEqualTo(moved);

        assertThat(store.audit().latest(2)).extracting(AuditEvent::action).containsExactly(Action.DELETE, Action.UPDATE);
        assertThat(store.audit().listForProject(project.id(), 10)).hasSize(4)
                .extracting(AuditEvent::entityType).containsExactly("Task", "Task", "Task", "Project");
        assertThat(store.audit().listAfter(events.get(0).sequence(), 10)).containsExactly(events.get(1), events.get(2));
    }

    @Test
    void deletingAProjectDeletesEverythingInItOneAuditedRowAtATime() {
        Project project = Fixtures.project("Everything");
        Project other = Fixtures.project("Neighbour");
        Task a = Fixtures.task(project.id(), "a");
        Task b = Fixtures.task(project.id(), "b");
        Task neighbour = Fixtures.task(other.id(), "neighbour");
        TaskLink ab = Fixtures.link(a.id(), b.id(), LinkKind.BLOCKS);
        TaskLink crossProject = Fixtures.link(neighbour.id(), a.id(), LinkKind.RELATES);
        Risk risk = Fixtures.risk(project.id(), "R-001");
        Milestone milestone = Fixtures.milestone(project.id(), "Beta", Fixtures.D0);
        Milestone otherMilestone = Fixtures.milestone(other.id(), "Other beta", Fixtures.D0);
        MilestoneTask entry = new MilestoneTask(milestone.id(), a.id());
        MilestoneTask crossEntry = new MilestoneTask(otherMilestone.id(), b.id());
        Stakeholder stakeholder = Fixtures.stakeholder(project.id(), "Grace");
        BudgetLine line = Fixtures.budgetLine(project.id(), "Travel", "1000");
        Transaction transaction = Fixtures.transaction(project.id(), line.id(), Fixtures.D0, "99.50");
        Document document = Fixtures.document(project.id(), "Charter");
        SourceItem mail = Fixtures.sourceItem(SourceKind.GMAIL, "m-1", a.id());
        store.write(Actor.USER, tx -> {
            tx.insert(project);
            tx.insert(other);
            List.of(a, b, neighbour).forEach(tx::insert);
            List.of(ab, crossProject).forEach(tx::insert);
            tx.insert(risk);
            tx.insert(milestone);
            tx.insert(otherMilestone);
            tx.insert(entry);
            tx.insert(crossEntry);
            tx.insert(stakeholder);
            tx.insert(line);
            tx.insert(transaction);
            tx.insert(document);
            return tx.insert(mail);
        });
        long before = store.audit().latest(1).get(0).sequence();

        store.write(Actor.USER, tx -> {
            tx.delete(project);
            return null;
        });

        assertThat(store.projects().list()).containsExactly(other);
        assertThat(store.tasks().listAll()).containsExactly(neighbour);
        assertThat(store.links().listForTask(neighbour.id())).isEmpty();
        assertThat(store.milestones().listAll()).containsExactly(otherMilestone);
        assertThat(store.milestoneTasks().listAll()).isEmpty();
        assertThat(store.risks().listAll()).isEmpty();
        assertThat(store.stakeholders().listAll()).isEmpty();
        assertThat(store.budgetLines().listAll()).isEmpty();
        assertThat(store.transactions().listAll()).isEmpty();
        assertThat(store.documents().listAll()).isEmpty();
        SourceItem keptMail = store.sourceItems().find(SourceKind.GMAIL, "m-1").orElseThrow();
        assertThat(keptMail.taskId()).isNull();
        assertThat(store.integrityCheck()).isEmpty();

        List<AuditEvent> deletion = store.audit().listAfter(before, 100);
        Map<String, Long> deletes = deletion.stream().filter(e -> e.action() == Action.DELETE)
                .collect(Collectors.groupingBy(AuditEvent::entityType, Collectors.counting()));
        assertThat(deletes).containsExactlyInAnyOrderEntriesOf(Map.of("Project", 1L, "Task", 2L, "TaskLink", 2L,
                "Risk", 1L, "Milestone", 1L, "MilestoneTask", 2L, "Stakeholder", 1L, "BudgetLine", 1L,
                "Transaction", 1L, "Document", 1L));
        AuditEvent unlinked = deletion.stream().filter(e -> e.action() == Action.UPDATE).findFirst().orElseThrow();
        assertThat(StoreJson.read(unlinked.beforeJson(), SourceItem.class)).isEqualTo(mail);
        assertThat(StoreJson.read(unlinked.afterJson(), SourceItem.class)).isEqualTo(keptMail);
        assertThat(deletion).filteredOn(e -> e.action() == Action.DELETE && e.entityType().equals("Project"))
                .singleElement().satisfies(e -> assertThat(e.sequence()).isEqualTo(deletion.get(deletion.size() - 1)
                        .sequence()));
    }

    @Test
    void aStaleDeleteOfAProjectDeletesNothing() {
        Project project = Fixtures.project("Contested");
        Task task = Fixtures.task(project.id(), "stays");
        store.write(Actor.USER, tx -> {
            tx.insert(project);
            return tx.insert(task);
        });
        store.write(Actor.USER, tx -> tx.update(project.withStatus(project.status(), NOW)));

        assertThatThrownBy(() -> store.write(Actor.USER, tx -> {
            tx.delete(project);
            return null;
        })).isInstanceOf(StaleRecordException.class)
                .hasMessage("Project 'Contested' was changed elsewhere; reload and try again");

        assertThat(store.tasks().find(task.id())).contains(task);
    }

    @Test
    void aStaleUpdateNamesTheRecordAndKeepsTheFirstWrite() {
        Task task = Fixtures.task(null, "Send Q3 forecast");
        store.write(Actor.USER, tx -> tx.insert(task));
        Task first = store.write(Actor.USER, tx -> tx.update(task.withScore(1)));

        assertThatThrownBy(() -> store.write(Actor.USER, tx -> tx.update(task.withScore(2))))
                .isInstanceOf(StaleRecordException.class)
                .hasMessage("Task 'Send Q3 forecast' was changed elsewhere; reload and try again");

        assertThat(store.tasks().find(task.id())).contains(first);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.score()).isEqualTo(1);
    }
}
