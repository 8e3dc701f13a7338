package dev.quarterdeck.core.store;

import dev.quarterdeck.core.agent.AgentRun;
import dev.quarterdeck.core.agent.ExecutionLog;
import dev.quarterdeck.core.agent.Preference;
import dev.quarterdeck.core.agent.PreferenceSignal;
import dev.quarterdeck.core.agent.Proposal;
import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskLink;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The {@link Table} of every record kind the store writes. */
final class Tables {

    static final Table<Project, ProjectWrites> PROJECTS = new Table<>("Project", "Project", ProjectWrites.class,
            Project::id, Project::name, Project::version, (w, p) -> w.find(p.id()), ProjectWrites::insert,
            ProjectWrites::update, (w, p, v) -> w.delete(p.id(), v), (r, p) -> p.id());

    static final Table<Task, TaskWrites> TASKS = new Table<>("Task", "Task", TaskWrites.class,
            Task::id, Task::title, Task::version, (w, t) -> w.find(t.id()), TaskWrites::insert,
            TaskWrites::update, (w, t, v) -> w.delete(t.id(), v), (r, t) -> t.projectId());

    static final Table<TaskLink, TaskLinkWrites> TASK_LINKS = new Table<>("TaskLink", "Task link",
            TaskLinkWrites.class, TaskLink::id, l -> l.kind() + " link", null, (w, l) -> w.find(l.id()),
            TaskLinkWrites::insert, (w, l, v) -> w.update(l), (w, l, v) -> w.delete(l.id()),
            (r, l) -> projectOfTask(r, l.fromTaskId()));

    static final Table<Risk, RiskWrites> RISKS = new Table<>("Risk", "Risk", RiskWrites.class,
            Risk::id, r -> r.key() + " " + r.title(), Risk::version, (w, r) -> w.find(r.id()), RiskWrites::insert,
            RiskWrites::update, (w, r, v) -> w.delete(r.id(), v), (reader, r) -> r.projectId());

    static final Table<RiskLink, RiskLinkWrites> RISK_LINKS = new Table<>("RiskLink", "Risk link",
            RiskLinkWrites.class, RiskLink::id, l -> (l.isTask() ? "task " : "milestone ") + l.targetId(), null,
            (w, l) -> w.find(l.id()), RiskLinkWrites::insert, null, (w, l, v) -> w.delete(l.id()),
            (r, l) -> r.risks().find(l.riskId()).map(Risk::projectId).orElse(null));

    static final Table<Milestone, MilestoneWrites> MILESTONES = new Table<>("Milestone", "Milestone",
            MilestoneWrites.class, Milestone::id, Milestone::name, Milestone::version, (w, m) -> w.find(m.id()),
            MilestoneWrites::insert, MilestoneWrites::update, (w, m, v) -> w.delete(m.id(), v),
            (r, m) -> m.projectId());

    /** A milestone-task pair has no id of its own; its audit events are filed under the milestone. */
    static final Table<MilestoneTask, MilestoneTaskWrites> MILESTONE_TASKS = new Table<>("MilestoneTask",
            "Milestone task", MilestoneTaskWrites.class, MilestoneTask::milestoneId, mt -> "task " + mt.taskId(),
            null, (w, mt) -> w.find(mt.milestoneId(), mt.taskId()), MilestoneTaskWrites::insert, null,
            (w, mt, v) -> w.delete(mt.milestoneId(), mt.taskId()),
            (r, mt) -> r.milestones().find(mt.milestoneId()).map(Milestone::projectId).orElse(null));

    static final Table<Stakeholder, StakeholderWrites> STAKEHOLDERS = new Table<>("Stakeholder", "Stakeholder",
            StakeholderWrites.class, Stakeholder::id, Stakeholder::name, Stakeholder::version,
            (w, s) -> w.find(s.id()), StakeholderWrites::insert, StakeholderWrites::update,
            (w, s, v) -> w.delete(s.id(), v), (r, s) -> s.projectId());

    static final Table<BudgetLine, BudgetLineWrites> BUDGET_LINES = new Table<>("BudgetLine", "Budget line",
            BudgetLineWrites.class, BudgetLine::id, BudgetLine::category, BudgetLine::version,
            (w, b) -> w.find(b.id()), BudgetLineWrites::insert, BudgetLineWrites::update,
            (w, b, v) -> w.delete(b.id(), v), (r, b) -> b.projectId());

    static final Table<Transaction, TransactionWrites> TRANSACTIONS = new Table<>("Transaction", "Transaction",
            TransactionWrites.class, Transaction::id, Tables::transactionLabel, Transaction::version,
            (w, t) -> w.find(t.id()), TransactionWrites::insert, TransactionWrites::update,
            (w, t, v) -> w.delete(t.id(), v), (r, t) -> t.projectId());

    static final Table<Document, DocumentWrites> DOCUMENTS = new Table<>("Document", "Document",
            DocumentWrites.class, Document::id, Document::title, Document::version, (w, d) -> w.find(d.id()),
            DocumentWrites::insert, DocumentWrites::update, (w, d, v) -> w.delete(d.id(), v),
            (r, d) -> d.projectId());

    static final Table<SourceItem, SourceItemWrites> SOURCE_ITEMS = new Table<>("SourceItem", "Source item",
            SourceItemWrites.class, SourceItem::id, SourceItem::title, null, (w, s) -> w.findById(s.id()),
            SourceItemWrites::insert, (w, s, v) -> w.update(s), (w, s, v) -> w.delete(s.id()),
            (r, s) -> s.taskId() != null ? projectOfTask(r, s.taskId()) : projectOfCode(r, s.projectCode()));

    static final Table<ConnectorAccount, ConnectorAccountWrites> CONNECTOR_ACCOUNTS = new Table<>(
            "ConnectorAccount", "Connected account", ConnectorAccountWrites.class, ConnectorAccount::id,
            ConnectorAccount::displayName, ConnectorAccount::version, (w, a) -> w.find(a.id()),
            ConnectorAccountWrites::insert, ConnectorAccountWrites::update, (w, a, v) -> w.delete(a.id(), v),
            (r, a) -> null);

    static final Table<Proposal, ProposalWrites> PROPOSALS = new Table<>("Proposal", "Proposal",
            ProposalWrites.class, Proposal::id, Proposal::summary, Proposal::version, (w, p) -> w.find(p.id()),
            ProposalWrites::insert, ProposalWrites::update, (w, p, v) -> w.delete(p.id(), v), (r, p) -> null);

    static final Table<ExecutionLog, ExecutionLogWrites> EXECUTION_LOGS = new Table<>("ExecutionLog",
            "Execution log", ExecutionLogWrites.class, ExecutionLog::id, ExecutionLog::outcome, null,
            (w, l) -> w.find(l.id()), ExecutionLogWrites::insert, (w, l, v) -> w.update(l),
            (w, l, v) -> w.delete(l.id()), (r, l) -> null);

    static final Table<AgentRun, AgentRunWrites> AGENT_RUNS = new Table<>("AgentRun", "Agent run",
            AgentRunWrites.class, AgentRun::id, a -> a.agent() + " run", null, (w, a) -> w.find(a.id()),
            AgentRunWrites::insert, (w, a, v) -> w.update(a), (w, a, v) -> w.delete(a.id()), (r, a) -> null);

    /** A preference is keyed by text; its audit entity id is a name-based UUID of the key. */
    static final Table<Preference, PreferenceWrites> PREFERENCES = new Table<>("Preference", "Preference",
            PreferenceWrites.class, p -> preferenceId(p.key()), Preference::key, null, (w, p) -> w.find(p.key()),
            PreferenceWrites::insert, (w, p, v) -> w.update(p), (w, p, v) -> w.delete(p.key()), (r, p) -> null);

    static final Table<PreferenceSignal, PreferenceSignalWrites> PREFERENCE_SIGNALS = new Table<>(
            "PreferenceSignal", "Preference signal", PreferenceSignalWrites.class, PreferenceSignal::id,
            s -> s.decision() + " " + s.kind(), null, (w, s) -> w.find(s.id()), PreferenceSignalWrites::insert,
            (w, s, v) -> w.update(s), (w, s, v) -> w.delete(s.id()), (r, s) -> null);

    static final Table<Briefing, BriefingWrites> BRIEFINGS = new Table<>("Briefing", "Briefing",
            BriefingWrites.class, Briefing::id, b -> b.kind() + " briefing", null, (w, b) -> w.find(b.id()),
            BriefingWrites::insert, (w, b, v) -> w.update(b), (w, b, v) -> w.delete(b.id()), (r, b) -> null);

    /** A table with the record class its audit states are read back into. */
    record RecordKind<T, W>(Table<T, W> table, Class<T> type) {
    }

    private static final Map<String, RecordKind<?, ?>> KINDS = Stream.of(
            new RecordKind<>(PROJECTS, Project.class), new RecordKind<>(TASKS, Task.class),
            new RecordKind<>(TASK_LINKS, TaskLink.class), new RecordKind<>(RISKS, Risk.class),
            new RecordKind<>(RISK_LINKS, RiskLink.class),
            new RecordKind<>(MILESTONES, Milestone.class), new RecordKind<>(MILESTONE_TASKS, MilestoneTask.class),
            new RecordKind<>(STAKEHOLDERS, Stakeholder.class), new RecordKind<>(BUDGET_LINES, BudgetLine.class),
            new RecordKind<>(TRANSACTIONS, Transaction.class), new RecordKind<>(DOCUMENTS, Document.class),
            new RecordKind<>(SOURCE_ITEMS, SourceItem.class),
            new RecordKind<>(CONNECTOR_ACCOUNTS, ConnectorAccount.class),
            new RecordKind<>(PROPOSALS, Proposal.class), new RecordKind<>(EXECUTION_LOGS, ExecutionLog.class),
            new RecordKind<>(AGENT_RUNS, AgentRun.class), new RecordKind<>(PREFERENCES, Preference.class),
            new RecordKind<>(PREFERENCE_SIGNALS, PreferenceSignal.class), new RecordKind<>(BRIEFINGS, Briefing.class))
            .collect(Collectors.toUnmodifiableMap(kind -> kind.table().entityType(), Function.identity()));

    private Tables() {
    }

    /** The table of an audit event's entity type. */
    static RecordKind<?, ?> kindOf(String entityType) {
        RecordKind<?, ?> kind = KINDS.get(entityType);
        if (kind == null) {
            throw new StoreException("Cannot undo a change to an unknown kind of record: " + entityType);
        }
        return kind;
    }

    /** The audit entity id of a preference: stable for its key. */
    static UUID preferenceId(String key) {
        return UUID.nameUUIDFromBytes(("preference:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static UUID projectOfTask(StoreReader reader, UUID taskId) {
        return reader.tasks().find(taskId).map(Task::projectId).orElse(null);
    }

    private static UUID projectOfCode(StoreReader reader, String code) {
        return code == null ? null : reader.projects().findByCode(code).map(Project::id).orElse(null);
    }

    private static String transactionLabel(Transaction t) {
        return t.date() + " " + t.amount() + (t.vendor() == null ? "" : " " + t.vendor());
    }
}
