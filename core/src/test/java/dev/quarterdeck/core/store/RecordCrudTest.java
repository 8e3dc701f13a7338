package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quarterdeck.core.agent.AgentRun;
import dev.quarterdeck.core.agent.ExecutionLog;
import dev.quarterdeck.core.agent.Preference;
import dev.quarterdeck.core.agent.PreferenceSignal;
import dev.quarterdeck.core.agent.Proposal;
import dev.quarterdeck.core.agent.ProposalStatus;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.audit.AuditEvent.Action;
import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.connector.ConnectorStatus;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskStatus;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Insert, find, list, update and delete of every record kind, with its audit events, on H2 and PostgreSQL.
 * Every record has all optional fields set, so every column is written and read back.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class RecordCrudTest {

    static Store store;

    @Parameter
    Backend backend;

    @BeforeParameterizedClassInvocation
    static void open(Backend backend) {
        store = TestStores.openFresh(backend);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    <T> void insertedRecordIsFoundListedAndAudited(Case<T> c) {
        Created<T> created = insert(c);
        T record = created.record();

        assertThat(c.find.apply(store, record)).contains(record);
        assertThat(c.list.apply(store, record)).contains(record);

        AuditEvent event = single(events(c, record), Action.CREATE);
        assertThat(event.actor()).isEqualTo(Actor.USER);
        assertThat(event.beforeJson()).isNull();
        assertThat(StoreJson.read(event.afterJson(), c.type)).isEqualTo(record);
        assertThat(event.projectId()).isEqualTo(created.projectId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    <T> void updateStoresTheChangeBumpsTheVersionAndIsAudited(Case<T> c) {
        assumeTrue(c.modify != null, c.name + " records are only created and deleted");
        T original = insert(c).record();
        T changed = c.modify.apply(original);
        assertThat(changed).isNotEqualTo(original);

        T returned = store.write(Actor.agent("triage"), tx -> c.update.apply(tx, changed));

        assertThat(returned).usingRecursiveComparison().ignoringFields("version").isEqualTo(changed);
        if (c.version != null) {
            assertThat(c.version.applyAsLong(returned)).isEqualTo(c.version.applyAsLong(original) + 1);
        } else {
            assertThat(returned).isEqualTo(changed);
        }
        assertThat(c.find.apply(store, original)).contains(returned);

        AuditEvent event = single(events(c, original), Action.UPDATE);
        assertThat(event.actor()).isEqualTo(Actor.agent("triage"));
        assertThat(StoreJson.read(event.beforeJson(), c.type)).isEqualTo(original);
        assertThat(StoreJson.read(event.afterJson(), c.type)).isEqualTo(returned);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    <T> void secondUpdateFromTheSameVersionIsRejectedAndKeepsTheFirst(Case<T> c) {
        assumeTrue(c.modify != null && c.version != null, c.name + " has no version");
        T original = insert(c).record();
        T first = store.write(Actor.USER, tx -> c.update.apply(tx, c.modify.apply(original)));
        int eventsBefore = events(c, original).size();

        assertThatThrownBy(() -> store.write(Actor.USER, tx -> c.update.apply(tx, original)))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("was changed elsewhere; reload and try again");

        assertThat(c.find.apply(store, original)).contains(first);
        assertThat(events(c, original)).hasSize(eventsBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    <T> void deleteRemovesTheRecordAndAuditsItsLastState(Case<T> c) {
        Created<T> created = insert(c);
        T record = created.record();

        store.write(Actor.USER, tx -> {
            c.delete.accept(tx, record);
            return null;
        });

        assertThat(c.find.apply(store, record)).isEmpty();
        assertThat(c.list.apply(store, record)).doesNotContain(record);
        AuditEvent event = single(events(c, record), Action.DELETE);
        assertThat(StoreJson.read(event.beforeJson(), c.type)).isEqualTo(record);
        assertThat(event.afterJson()).isNull();
        assertThat(event.projectId()).isEqualTo(created.projectId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    <T> void deletingARecordThatIsGoneIsRejected(Case<T> c) {
        T record = insert(c).record();
        store.write(Actor.USER, tx -> {
            c.delete.accept(tx, record);
            return null;
        });

        assertThatThrownBy(() -> store.write(Actor.USER, tx -> {
            c.delete.accept(tx, record);
            return null;
        })).isInstanceOf(StaleRecordException.class).hasMessageContaining("was deleted elsewhere");
    }

    private static <T> Created<T> insert(Case<T> c) {
        return store.write(Actor.USER, tx -> {
            Created<T> created = c.create.apply(tx);
            c.insert.accept(tx, created.record());
            return created;
        });
    }

    private static <T> List<AuditEvent> events(Case<T> c, T record) {
        return store.audit().listForEntity(c.entityId.apply(record)).stream()
                .filter(e -> e.entityType().equals(c.type.getSimpleName()))
                .toList();
    }

    private static AuditEvent single(List<AuditEvent> events, Action action) {
        List<AuditEvent> matching = events.stream().filter(e -> e.action() == action).toList();
        assertThat(matching).as("%s events in %s", action, events).hasSize(1);
        return matching.get(0);
    }

    /** A record made for a test, and the project its audit events must name (null for none). */
    record Created<T>(T record, UUID projectId) {
    }

    /**
     * How to test one record kind. {@code create} inserts whatever parents the record needs and returns the new
     * record (not yet inserted); {@code modify} returns a changed copy with the same key and version.
     */
    record Case<T>(
            String name,
            Class<T> type,
            Function<StoreTransaction, Created<T>> create,
            UnaryOperator<T> modify,
            BiFunction<StoreReader, T, Optional<T>> find,
            BiFunction<StoreReader, T, List<T>> list,
            BiConsumer<StoreTransaction, T> insert,
            BiFunction<StoreTransaction, T, T> update,
            BiConsumer<StoreTransaction, T> delete,
            ToLongFunction<T> version,
            Function<T, UUID> entityId) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Project newProject(StoreTransaction tx) {
        return tx.insert(Fixtures.project("Project " + Fixtures.uniqueCode()));
    }

    private static Task newTask(StoreTransaction tx, UUID projectId) {
        return tx.insert(Fixtures.task(projectId, "Task " + UUID.randomUUID()));
    }

    static Stream<Case<?>> cases() {
        return Stream.of(
                new Case<>("Project", Project.class,
                        tx -> {
                            Project p = Fixtures.project("Kubernetes migration");
                            return new Created<>(p, p.id());
                        },
                        p -> new Project(p.id(), p.code(), p.name() + " II", "new description", p.status(),
                                Priority.CRITICAL, null, p.sponsor(), null, p.due(), List.of("Only one"), List.of(),
                                "", "", p.currency(), new BigDecimal("99.99"), p.createdAt(),
                                p.updatedAt().plusSeconds(1), p.version()),
                        (r, p) -> r.projects().find(p.id()),
                        (r, p) -> r.projects().list(),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        Project::version, Project::id),
                new Case<>("Task", Task.class,
                        tx -> {
                            Project p = newProject(tx);
                            return new Created<>(Fixtures.task(p.id(), "Send Q3 forecast"), p.id());
                        },
                        t -> new Task(t.id(), t.projectId(), "Send Q4 forecast", "changed", TaskStatus.DONE,
                                Horizon.TODAY, false, null, Duration.ofHours(2), null, 7.25, t.sourceKind(),
                                t.sourceRef(), URI.create("https://example.com/other"), t.createdAt(),
                                t.updatedAt().plusSeconds(5), t.updatedAt().plusSeconds(5), t.version()),
                        (r, t) -> r.tasks().find(t.id()),
                        (r, t) -> r.tasks().listByProject(t.projectId()),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        Task::version, Task::id),
                new Case<>("TaskLink", TaskLink.class,
                        tx -> {
                            Project p = newProject(tx);
                            return new Created<>(Fixtures.link(newTask(tx, p.id()).id(), newTask(tx, p.id()).id(),
                                    LinkKind.BLOCKS), p.id());
                        },
                        l -> new TaskLink(l.id(), l.fromTaskId(), l.toTaskId(), LinkKind.RELATES, LinkOrigin.AGENT,
                                l.createdAt()),
                        (r, l) -> r.links().find(l.id()),
                        (r, l) -> r.links().listForTask(l.toTaskId()),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        null, TaskLink::id),
                new Case<>("Risk", Risk.class,
                        tx -> {
                            Project p = newProject(tx);
                            return new Created<>(Fixtures.risk(p.id(), "R-001"), p.id());
                        },
                        r -> new Risk(r.id(), r.projectId(), r.key(), r.title(), "worse", null, 5, 5, null, "",
                                "", RiskStatus.CLOSED, r.identified(), null, r.identified().plusDays(1),
                                r.updatedAt().plusSeconds(1), r.version()),
                        (r, risk) -> r.risks().find(risk.id()),
                        (r, risk) -> r.risks().listByProject(risk.projectId()),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        Risk::version, Risk::id),
                new Case<>("Milestone", Milestone.class,
                        tx -> {
                            Project p = newProject(tx);
                            return new Created<>(Fixtures.milestone(p.id(), "Beta", Fixtures.D0.plusDays(30)),
                                    p.id());
                        },
                        m -> new Milestone(m.id(), m.projectId(), "Beta 2", "slipped", m.baselineDue(),
                                m.due().plusDays(7), MilestoneStatus.DONE, m.due().plusDays(6),
                                m.updatedAt().plusSeconds(1), m.version()),
                        (r, m) -> r.milestones().find(m.id()),
                        (r, m) -> r.milestones().listByProject(m.projectId()),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        Milestone::version, Milestone::id),
                new Case<>("MilestoneTask", MilestoneTask.class,
                        tx -> {
                            Project p = newProject(tx);
                            Milestone m = tx.insert(Fixtures.milestone(p.id(), "Beta", Fixtures.D0));
                            return new Created<>(new MilestoneTask(m.id(), newTask(tx, p.id()).id()), p.id());
                        },
                        null,
                        (r, mt) -> r.milestoneTasks().find(mt.milestoneId(), mt.taskId()),
                        (r, mt) -> r.milestoneTasks().listByMilestone(mt.milestoneId()),
                        StoreTransaction::insert, null, StoreTransaction::delete,
                        null, MilestoneTask::milestoneId),
                new Case<>("Stakeholder", Stakeholder.class,
                        tx -> {
                            Project p = newProject(tx);
                            return new Created<>(Fixtures.stakeholder(p.id(), "Grace"), p.id());
                        },
                        s -> new Stakeholder(s.id(), s.projectId(), "Grace H.", null, null, null, 1, 2, null,
                                null, s.updatedAt().plusSeconds(1), s.version()),
                        (r, s) -> r.stakeholders().find(s.id()),
                        (r, s) -> r.stakeholders().listByProject(s.projectId()),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        Stakeholder::version, Stakeholder::id),
                new Case<>("BudgetLine", BudgetLine.class,
                        tx -> {
                            Project p = newProject(tx);
                            return new Created<>(Fixtures.budgetLine(p.id(), "Travel", "12000.50"), p.id());
                        },
                        b -> new BudgetLine(b.id(), b.projectId(), "Travel and hotels", Money.of("80", "JPY"),
                                b.updatedAt().plusSeconds(1), b.version()),
                        (r, b) -> r.budgetLines().find(b.id()),
                        (r, b) -> r.budgetLines().listByProject(b.projectId()),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        BudgetLine::version, BudgetLine::id),
                new Case<>("Transaction", Transaction.class,
                        tx -> {
                            Project p = newProject(tx);
                            BudgetLine line = tx.insert(Fixtures.budgetLine(p.id(), "Travel", "1000"));
                            return new Created<>(Fixtures.transaction(p.id(), line.id(), Fixtures.D0, "250.75"),
                                    p.id());
                        },
                        t -> new Transaction(t.id(), t.projectId(), t.budgetLineId(), t.date().plusDays(1),
                                Money.of("-20.05", "EUR"), null, "refund", t.updatedAt().plusSeconds(1),
                                t.version()),
                        (r, t) -> r.transactions().find(t.id()),
                        (r, t) -> r.transactions().listByProject(t.projectId()),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        Transaction::version, Transaction::id),
                new Case<>("Document", Document.class,
                        tx -> {
                            Project p = newProject(tx);
                            return new Created<>(Fixtures.document(p.id(), "Charter"), p.id());
                        },
                        d -> new Document(d.id(), d.projectId(), "Charter v2", "charter-v2.pdf", d.mediaType(), 99,
                                "b".repeat(64), "documents/charter-v2.pdf", d.addedAt(), d.version()),
                        (r, d) -> r.documents().find(d.id()),
                        (r, d) -> r.documents().listByProject(d.projectId()),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        Document::version, Document::id),
                new Case<>("SourceItem", SourceItem.class,
                        tx -> {
                            Project p = newProject(tx);
                            return new Created<>(Fixtures.sourceItem(SourceKind.GMAIL, "m-" + UUID.randomUUID(),
                                    newTask(tx, p.id()).id()), p.id());
                        },
                        s -> new SourceItem(s.id(), s.kind(), s.ref(), "Fwd: forecast", "", null, null,
                                s.createdAt(), null, null, List.of(), null, null, null, null, s.taskId(),
                                s.seenAt().plusSeconds(1)),
                        (r, s) -> r.sourceItems().find(s.kind(), s.ref()),
                        (r, s) -> r.sourceItems().listByTask(s.taskId()),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        null, SourceItem::id),
                new Case<>("ConnectorAccount", ConnectorAccount.class,
                        tx -> new Created<>(Fixtures.connectorAccount("Work mail " + UUID.randomUUID()), null),
                        a -> new ConnectorAccount(a.id(), a.kind(), a.displayName(), a.account(),
                                ConnectorStatus.RECONNECT_NEEDED, null, null, 43, "token expired",
                                a.updatedAt().plusSeconds(1), a.version()),
                        (r, a) -> r.connectorAccounts().find(a.id()),
                        (r, a) -> r.connectorAccounts().list(),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        ConnectorAccount::version, ConnectorAccount::id),
                new Case<>("Proposal", Proposal.class,
                        tx -> new Created<>(Fixtures.proposal("Move to today"), null),
                        p -> new Proposal(p.id(), p.agent(), p.kind(), p.targetId(), p.summary(), p.rationale(),
                                p.confidence(), p.payloadJson(), ProposalStatus.APPROVED, p.createdAt(),
                                p.createdAt().plusSeconds(9), p.version()),
                        (r, p) -> r.proposals().find(p.id()),
                        (r, p) -> r.proposals().listByTarget(p.targetId()),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        Proposal::version, Proposal::id),
                new Case<>("ExecutionLog", ExecutionLog.class,
                        tx -> new Created<>(Fixtures.executionLog(tx.insert(Fixtures.proposal("x")).id()), null),
                        l -> new ExecutionLog(l.id(), l.proposalId(), l.executedAt(), l.outcome(), true),
                        (r, l) -> r.executionLogs().find(l.id()),
                        (r, l) -> r.executionLogs().listByProposal(l.proposalId()),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        null, ExecutionLog::id),
                new Case<>("AgentRun", AgentRun.class,
                        tx -> new Created<>(Fixtures.agentRun("agent-" + UUID.randomUUID(), Fixtures.T0), null),
                        a -> new AgentRun(a.id(), a.agent(), a.model(), a.startedAt(), Duration.ofSeconds(3), 900,
                                0, "failed", "model not found"),
                        (r, a) -> r.agentRuns().find(a.id()),
                        (r, a) -> r.agentRuns().latestOf(a.agent(), 10),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        null, AgentRun::id),
                new Case<>("Preference", Preference.class,
                        tx -> new Created<>(Fixtures.preference("proposal.weight." + UUID.randomUUID(), "0.6"), null),
                        p -> new Preference(p.key(), "0.8", p.updatedAt().plusSeconds(1)),
                        (r, p) -> r.preferences().find(p.key()),
                        (r, p) -> r.preferences().listByPrefix(p.key()),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        null, p -> Tables.preferenceId(p.key())),
                new Case<>("PreferenceSignal", PreferenceSignal.class,
                        tx -> new Created<>(Fixtures.signal(UUID.randomUUID(), "triage", Fixtures.T0), null),
                        s -> new PreferenceSignal(s.id(), s.proposalId(), s.agent(), s.kind(),
                                PreferenceSignal.Decision.REJECTED, null, s.at()),
                        (r, s) -> r.preferenceSignals().find(s.id()),
                        (r, s) -> r.preferenceSignals().listByProposal(s.proposalId()),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        null, PreferenceSignal::id),
                new Case<>("Briefing", Briefing.class,
                        tx -> new Created<>(Fixtures.briefing(BriefingKind.MORNING, Fixtures.T0), null),
                        b -> new Briefing(b.id(), BriefingKind.EVENING, b.createdAt(), "llama3.2:3b", "# Evening"),
                        (r, b) -> r.briefings().find(b.id()),
                        (r, b) -> r.briefings().list(1_000),
                        StoreTransaction::insert, StoreTransaction::update, StoreTransaction::delete,
                        null, Briefing::id));
    }
}
