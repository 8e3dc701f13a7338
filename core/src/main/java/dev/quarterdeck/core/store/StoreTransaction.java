package dev.quarterdeck.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.core.agent.AgentRun;
import dev.quarterdeck.core.agent.ExecutionLog;
import dev.quarterdeck.core.agent.Preference;
import dev.quarterdeck.core.agent.PreferenceSignal;
import dev.quarterdeck.core.agent.Proposal;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.audit.AuditEvent.Action;
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
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.ingest.IndexedItem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * One database transaction of {@link Store#write}. Every insert, update and delete appends an audit event
 * (the record as JSON before and after) in the same transaction, so a change and its history commit or roll
 * back together.
 *
 * <p>{@code update} and {@code delete} are optimistic: they take the record as the caller last read it and
 * throw {@link StaleRecordException} when the stored version differs, without writing anything. {@code update}
 * returns the stored record with {@code version + 1}.
 *
 * <p>Deletes take dependent records with them, each with its own audit event, so that undo can restore
 * everything: a task its links, milestone entries, risk links and (unlinked) source items; a risk its links; a
 * project all its records; a milestone its task entries and risk links; a budget line its transactions; a proposal
 * its execution logs.
 *
 * <p>Use it only inside the {@link StoreWriter} it was given to, on that thread.
 */
public final class StoreTransaction implements StoreReader {

    private final Handle handle;
    private final Actor actor;
    private final Clock clock;
    private final Map<Class<?>, Object> attached = new HashMap<>();
    /** Shared by every audit event of this transaction, so undo can revert the change as a whole. */
    private final UUID changeId = UUID.randomUUID();

    StoreTransaction(Handle handle, Actor actor, Clock clock) {
        this.handle = handle;
        this.actor = actor;
        this.clock = clock;
    }

    /** Who the audit events of this transaction name. */
    public Actor actor() {
        return actor;
    }

    /** The id every audit event of this transaction carries: what {@link Undo#undo(UUID)} reverts. */
    public UUID changeId() {
        return changeId;
    }

    // ---- reads, inside this transaction

    @Override
    public ProjectDao projects() {
        return rows(ProjectWrites.class);
    }

    @Override
    public TaskDao tasks() {
        return rows(TaskWrites.class);
    }

    @Override
    public TaskLinkDao links() {
        return rows(TaskLinkWrites.class);
    }

    @Override
    public RiskDao risks() {
        return rows(RiskWrites.class);
    }

    @Override
    public RiskLinkDao riskLinks() {
        return rows(RiskLinkWrites.class);
    }

    @Override
    public MilestoneDao milestones() {
        return rows(MilestoneWrites.class);
    }

    @Override
    public MilestoneTaskDao milestoneTasks() {
        return rows(MilestoneTaskWrites.class);
    }

    @Override
    public StakeholderDao stakeholders() {
        return rows(StakeholderWrites.class);
    }

    @Override
    public BudgetLineDao budgetLines() {
        return rows(BudgetLineWrites.class);
    }

    @Override
    public TransactionDao transactions() {
        return rows(TransactionWrites.class);
    }

    @Override
    public DocumentDao documents() {
        return rows(DocumentWrites.class);
    }

    @Override
    public SourceItemDao sourceItems() {
        return rows(SourceItemWrites.class);
    }

    @Override
    public ConnectorAccountDao connectorAccounts() {
        return rows(ConnectorAccountWrites.class);
    }

    @Override
    public ProposalDao proposals() {
        return rows(ProposalWrites.class);
    }

    @Override
    public ExecutionLogDao executionLogs() {
        return rows(ExecutionLogWrites.class);
    }

    @Override
    public AgentRunDao agentRuns() {
        return rows(AgentRunWrites.class);
    }

    @Override
    public PreferenceDao preferences() {
        return rows(PreferenceWrites.class);
    }

    @Override
    public PreferenceSignalDao preferenceSignals() {
        return rows(PreferenceSignalWrites.class);
    }

    @Override
    public BriefingDao briefings() {
        return rows(BriefingWrites.class);
    }

    @Override
    public AuditDao audit() {
        return rows(AuditWrites.class);
    }

    // ---- projects

    public Project insert(Project project) {
        return create(Tables.PROJECTS, project);
    }

    public Project update(Project project) {
        return change(Tables.PROJECTS, project);
    }

    /** Deletes the project and every record that belongs to it (tasks with their links, risks, milestones, …). */
    public void delete(Project project) {
        requireCurrent(Tables.PROJECTS, project);
        UUID id = project.id();
        tasks().listByProject(id).forEach(this::delete);
        risks().listByProject(id).forEach(this::delete);
        milestones().listByProject(id).forEach(this::delete);
        stakeholders().listByProject(id).forEach(this::delete);
        transactions().listByProject(id).forEach(this::delete);
        budgetLines().listByProject(id).forEach(this::delete);
        documents().listByProject(id).forEach(this::delete);
        remove(Tables.PROJECTS, project);
    }

    // ---- tasks and links

    public Task insert(Task task) {
        return create(Tables.TASKS, task);
    }

    public Task update(Task task) {
        return change(Tables.TASKS, task);
    }

    /**
     * Deletes the task with its links, milestone entries and risk links; source items made from it are kept,
     * unlinked.
     */
    public void delete(Task task) {
        requireCurrent(Tables.TASKS, task);
        links().listForTask(task.id()).forEach(this::delete);
        riskLinks().listByTask(task.id()).forEach(this::delete);
        milestoneTasks().listByTask(task.id()).forEach(this::delete);
        for (SourceItem item : sourceItems().listByTask(task.id())) {
            change(Tables.SOURCE_ITEMS, withoutTask(item));
        }
        remove(Tables.TASKS, task);
    }

    /**
     * Stores the prioritiser's score and proposed horizon for a task (the horizon only when the user has not pinned
     * one). These are derived values: written without an audit event and without a version change.
     */
    public void rescore(UUID taskId, double score, Horizon proposed) {
        if (Double.isNaN(score) || Double.isInfinite(score)) {
            throw new IllegalArgumentException("score must be a finite number");
        }
        rows(TaskWrites.class).updateDerived(taskId, score, proposed.name());
    }

    public TaskLink insert(TaskLink link) {
        return create(Tables.TASK_LINKS, link);
    }

    public TaskLink update(TaskLink link) {
        return change(Tables.TASK_LINKS, link);
    }

    public void delete(TaskLink link) {
        remove(Tables.TASK_LINKS, link);
    }

    // ---- project records

    public Risk insert(Risk risk) {
        return create(Tables.RISKS, risk);
    }

    public Risk update(Risk risk) {
        return change(Tables.RISKS, risk);
    }

    /** Deletes the risk with its links to tasks and milestones. */
    public void delete(Risk risk) {
        requireCurrent(Tables.RISKS, risk);
        riskLinks().listByRisk(risk.id()).forEach(this::delete);
        remove(Tables.RISKS, risk);
    }

    public RiskLink insert(RiskLink link) {
        return create(Tables.RISK_LINKS, link);
    }

    public void delete(RiskLink link) {
        remove(Tables.RISK_LINKS, link);
    }

    public Milestone insert(Milestone milestone) {
        return create(Tables.MILESTONES, milestone);
    }

    public Milestone update(Milestone milestone) {
        return change(Tables.MILESTONES, milestone);
    }

    /** Deletes the milestone with its task entries and risk links (the tasks and risks stay). */
    public void delete(Milestone milestone) {
        requireCurrent(Tables.MILESTONES, milestone);
        riskLinks().listByMilestone(milestone.id()).forEach(this::delete);
        milestoneTasks().listByMilestone(milestone.id()).forEach(this::delete);
        remove(Tables.MILESTONES, milestone);
    }

    public MilestoneTask insert(MilestoneTask milestoneTask) {
        return create(Tables.MILESTONE_TASKS, milestoneTask);
    }

    public void delete(MilestoneTask milestoneTask) {
        remove(Tables.MILESTONE_TASKS, milestoneTask);
    }

    public Stakeholder insert(Stakeholder stakeholder) {
        return create(Tables.STAKEHOLDERS, stakeholder);
    }

    public Stakeholder update(Stakeholder stakeholder) {
        return change(Tables.STAKEHOLDERS, stakeholder);
    }

    public void delete(Stakeholder stakeholder) {
        remove(Tables.STAKEHOLDERS, stakeholder);
    }

    public BudgetLine insert(BudgetLine line) {
        return create(Tables.BUDGET_LINES, line);
    }

    public BudgetLine update(BudgetLine line) {
        return change(Tables.BUDGET_LINES, line);
    }

    /** Deletes the budget line with the transactions booked against it. */
    public void delete(BudgetLine line) {
        requireCurrent(Tables.BUDGET_LINES, line);
        transactions().listByBudgetLine(line.id()).forEach(this::delete);
        remove(Tables.BUDGET_LINES, line);
    }

    public Transaction insert(Transaction transaction) {
        return create(Tables.TRANSACTIONS, transaction);
    }

    public Transaction update(Transaction transaction) {
        return change(Tables.TRANSACTIONS, transaction);
    }

    public void delete(Transaction transaction) {
        remove(Tables.TRANSACTIONS, transaction);
    }

    public Document insert(Document document) {
        return create(Tables.DOCUMENTS, document);
    }

    public Document update(Document document) {
        return change(Tables.DOCUMENTS, document);
    }

    public void delete(Document document) {
        remove(Tables.DOCUMENTS, document);
    }

    // ---- connectors and ingest

    public SourceItem insert(SourceItem item) {
        return create(Tables.SOURCE_ITEMS, item);
    }

    public SourceItem update(SourceItem item) {
        return change(Tables.SOURCE_ITEMS, item);
    }

    public void delete(SourceItem item) {
        remove(Tables.SOURCE_ITEMS, item);
    }

    public ConnectorAccount insert(ConnectorAccount account) {
        return create(Tables.CONNECTOR_ACCOUNTS, account);
    }

    public ConnectorAccount update(ConnectorAccount account) {
        return change(Tables.CONNECTOR_ACCOUNTS, account);
    }

    public void delete(ConnectorAccount account) {
        remove(Tables.CONNECTOR_ACCOUNTS, account);
    }

    // ---- the ingestion path: many rows per transaction, in JDBC batches

    /** Rows per statement for the IN lists of {@link #sourceItemsByRef} and friends. */
    private static final int IN_LIST_CHUNK = 1_000;

    /**
     * Inserts new tasks, source items and links with JDBC batches, in this order so that references hold: the
     * ingestion path, thousands of records per sync. Audited as one {@code IngestBatch} CREATE event that lists the
     * ids of the tasks made (undoing a sync deletes them, which takes their links and unlinks their items) and
     * counts the items and links, instead of an event per row: at 10,000 items a per-row trail would more than
     * double the rows written. Single records go through {@link #insert(Task)} and friends, audited one by one.
     */
    public void insertAll(List<Task> tasks, List<SourceItem> items, List<TaskLink> links) {
        if (tasks.isEmpty() && items.isEmpty() && links.isEmpty()) {
            return;
        }
        try {
            java.sql.Connection connection = handle.getConnection();
            BatchInsert.tasks(connection, tasks);
            BatchInsert.sourceItems(connection, items);
            BatchInsert.links(connection, links);
        } catch (java.sql.SQLException e) {
            throw StoreErrors.failed("save " + tasks.size() + " tasks and " + items.size() + " source items",
                    e);
        }
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("tasks", tasks.stream().map(Task::id).toList());
        summary.put("sourceItems", items.size());
        summary.put("links", links.size());
        rows(AuditWrites.class).append(StoreCodecs.toStored(clock.instant()), actor.kind(), actor.name(),
                INGEST_BATCH, UUID.randomUUID(), null, Action.CREATE, null, StoreJson.write(summary), changeId);
    }

    /** The audit entity type of {@link #insertAll}. */
    public static final String INGEST_BATCH = "IngestBatch";

    /** Stored source items whose ref is one of {@code refs}, of any kind. */
    public List<SourceItem> sourceItemsByRef(Collection<String> refs) {
        return inChunks(refs, rows(BatchWrites.class)::sourceItemsByRef);
    }

    /** Stored source items in any of {@code threadIds}. */
    public List<SourceItem> sourceItemsByThread(Collection<String> threadIds) {
        return inChunks(threadIds, rows(BatchWrites.class)::sourceItemsByThread);
    }

    /** The stored tasks among {@code ids}. */
    public List<Task> tasksById(Collection<UUID> ids) {
        return inChunks(ids, rows(BatchWrites.class)::tasksById);
    }

    /** Source items whose task is open, as the de-duplication index needs them (no snippets). */
    public List<IndexedItem> openTaskItems() {
        return rows(BatchWrites.class).openTaskItems(TaskDao.OPEN);
    }

    private static <K, V> List<V> inChunks(Collection<K> keys, java.util.function.Function<List<K>, List<V>> query) {
        List<K> distinct = List.copyOf(new java.util.LinkedHashSet<>(keys));
        List<V> result = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IN_LIST_CHUNK) {
            result.addAll(query.apply(distinct.subList(from, Math.min(distinct.size(), from + IN_LIST_CHUNK))));
        }
        return result;
    }

    // ---- agents

    public Proposal insert(Proposal proposal) {
        return create(Tables.PROPOSALS, proposal);
    }

    public Proposal update(Proposal proposal) {
        return change(Tables.PROPOSALS, proposal);
    }

    /** Deletes the proposal with its execution logs (preference signals are history and stay). */
    public void delete(Proposal proposal) {
        requireCurrent(Tables.PROPOSALS, proposal);
        executionLogs().listByProposal(proposal.id()).forEach(this::delete);
        remove(Tables.PROPOSALS, proposal);
    }

    public ExecutionLog insert(ExecutionLog log) {
        return create(Tables.EXECUTION_LOGS, log);
    }

    public ExecutionLog update(ExecutionLog log) {
        return change(Tables.EXECUTION_LOGS, log);
    }

    public void delete(ExecutionLog log) {
        remove(Tables.EXECUTION_LOGS, log);
    }

    public AgentRun insert(AgentRun run) {
        return create(Tables.AGENT_RUNS, run);
    }

    public AgentRun update(AgentRun run) {
        return change(Tables.AGENT_RUNS, run);
    }

    public void delete(AgentRun run) {
        remove(Tables.AGENT_RUNS, run);
    }

    public Preference insert(Preference preference) {
        return create(Tables.PREFERENCES, preference);
    }

    public Preference update(Preference preference) {
        return change(Tables.PREFERENCES, preference);
    }

    /** Inserts the preference or replaces the stored value of its key. */
    public Preference put(Preference preference) {
        return preferences().find(preference.key()).isPresent() ? update(preference) : insert(preference);
    }

    public void delete(Preference preference) {
        remove(Tables.PREFERENCES, preference);
    }

    public PreferenceSignal insert(PreferenceSignal signal) {
        return create(Tables.PREFERENCE_SIGNALS, signal);
    }

    public PreferenceSignal update(PreferenceSignal signal) {
        return change(Tables.PREFERENCE_SIGNALS, signal);
    }

    public void delete(PreferenceSignal signal) {
        remove(Tables.PREFERENCE_SIGNALS, signal);
    }

    public Briefing insert(Briefing briefing) {
        return create(Tables.BRIEFINGS, briefing);
    }

    public Briefing update(Briefing briefing) {
        return change(Tables.BRIEFINGS, briefing);
    }

    public void delete(Briefing briefing) {
        remove(Tables.BRIEFINGS, briefing);
    }

    // ---- the audited row operations behind every write

    <T, W> T create(Table<T, W> table, T record) {
        requireRecord(table, record);
        try {
            table.insert().insert(rows(table.rowsType()), record);
        } catch (UnableToExecuteStatementException e) {
            throw StoreErrors.failed("create " + describe(table, record), e);
        }
        appendAudit(table, Action.CREATE, null, record, table.projectOf().projectOf(this, record));
        return record;
    }

    <T, W> T change(Table<T, W> table, T record) {
        requireRecord(table, record);
        if (table.update() == null) {
            throw new UnsupportedOperationException(table.noun() + " records are only created and deleted");
        }
        W rows = rows(table.rowsType());
        T before = requireCurrent(table, record);
        write(table, record, "update", () -> table.update().apply(rows, record, table.versionOf(record)));
        T after = stored(table, record);
        appendAudit(table, Action.UPDATE, before, after, table.projectOf().projectOf(this, after));
        return after;
    }

    <T, W> void remove(Table<T, W> table, T record) {
        requireRecord(table, record);
        W rows = rows(table.rowsType());
        T before = requireCurrent(table, record);
        UUID projectId = table.projectOf().projectOf(this, before);
        write(table, record, "delete", () -> table.delete().apply(rows, record, table.versionOf(record)));
        appendAudit(table, Action.DELETE, before, null, projectId);
    }

    /**
     * Puts one record back to its state before {@code event} (for {@link Undo}, and for callers that revert part of
     * a change, such as the proposal executor): a created record is deleted, an updated one gets its earlier state
     * back, a deleted one is inserted again. Refuses with {@link StaleRecordException} when the record has changed
     * since the event.
     */
    public void revert(AuditEvent event) {
        revert(Tables.kindOf(event.entityType()), event);
    }

    private <T, W> void revert(Tables.RecordKind<T, W> kind, AuditEvent event) {
        revert(kind.table(), kind.type(), event);
    }

    private <T, W> void revert(Table<T, W> table, Class<T> type, AuditEvent event) {
        W rows = rows(table.rowsType());
        switch (event.action()) {
            case CREATE -> {
                T after = StoreJson.read(event.afterJson(), type);
                Optional<T> current = table.find().find(rows, after);
                if (current.isPresent()) {
                    requireUnchangedSince(table, current.get(), after);
                    remove(table, current.get());
                }
            }
            case UPDATE -> {
                T before = StoreJson.read(event.beforeJson(), type);
                T after = StoreJson.read(event.afterJson(), type);
                T current = table.find().find(rows, after)
                        .orElseThrow(() -> StaleRecordException.deleted(table.noun(), table.label().apply(after)));
                requireUnchangedSince(table, current, after);
                write(table, before, "undo the change to",
                        () -> table.update().apply(rows, before, table.versionOf(current)));
                T restored = stored(table, before);
                appendAudit(table, Action.UPDATE, current, restored, table.projectOf().projectOf(this, restored));
            }
            case DELETE -> {
                T before = StoreJson.read(event.beforeJson(), type);
                if (table.find().find(rows, before).isPresent()) {
                    throw new StaleRecordException(table.noun() + " '" + table.label().apply(before)
                            + "' exists again; nothing to restore");
                }
                create(table, before);
            }
        }
    }

    /**
     * The record must still be as the event left it. A newer version with the same content is fine: an undo of a
     * later change bumps the version while restoring the content. Derived values (a task's score, and its horizon
     * while not pinned) are left out of the comparison; the prioritiser rewrites them at any time.
     */
    private <T, W> void requireUnchangedSince(Table<T, W> table, T current, T recorded) {
        if (!table.isVersioned() || table.versionOf(current) == table.versionOf(recorded)) {
            return;
        }
        if (!comparable(current).equals(comparable(recorded))) {
            throw StaleRecordException.changed(table.noun(), table.label().apply(current));
        }
    }

    private static JsonNode comparable(Object record) {
        ObjectNode node = StoreJson.mapper().valueToTree(record);
        node.remove("version");
        if (record instanceof Task task) {
            node.remove("score");
            if (!task.horizonPinned()) {
                node.remove("horizon");
            }
        }
        return node;
    }

    /** What {@link #merge} did with one record. */
    enum Merge {
        CREATED, UPDATED, UNCHANGED
    }

    /**
     * Import by id: inserts a record that is not stored yet, replaces a stored one that differs (whatever its
     * version; the stored version goes up by one) and leaves an equal one alone.
     */
    <T, W> Merge merge(Table<T, W> table, T record) {
        requireRecord(table, record);
        W rows = rows(table.rowsType());
        Optional<T> stored = table.find().find(rows, record);
        if (stored.isEmpty()) {
            create(table, record);
            return Merge.CREATED;
        }
        T before = stored.get();
        if (before.equals(record) || table.update() == null) {
            return Merge.UNCHANGED;
        }
        write(table, record, "update", () -> table.update().apply(rows, record, table.versionOf(before)));
        T after = stored(table, record);
        appendAudit(table, Action.UPDATE, before, after, table.projectOf().projectOf(this, after));
        return Merge.UPDATED;
    }

    /** The stored row of {@code record}, checked to be the version the caller holds. */
    private <T, W> T requireCurrent(Table<T, W> table, T record) {
        T stored = table.find().find(rows(table.rowsType()), record)
                .orElseThrow(() -> StaleRecordException.deleted(table.noun(), table.label().apply(record)));
        if (table.isVersioned() && table.versionOf(stored) != table.versionOf(record)) {
            throw StaleRecordException.changed(table.noun(), table.label().apply(record));
        }
        return stored;
    }

    private <T, W> T stored(Table<T, W> table, T record) {
        return table.find().find(rows(table.rowsType()), record)
                .orElseThrow(() -> StaleRecordException.deleted(table.noun(), table.label().apply(record)));
    }

    private <T, W> void write(Table<T, W> table, T record, String verb, RowChange change) {
        int changed;
        try {
            changed = change.rows();
        } catch (UnableToExecuteStatementException e) {
            throw StoreErrors.failed(verb + " " + describe(table, record), e);
        }
        if (changed != 1) {
            // The row changed between our read and our write (another connection, team mode).
            throw StaleRecordException.changed(table.noun(), table.label().apply(record));
        }
    }

    @FunctionalInterface
    private interface RowChange {
        int rows();
    }

    private <T, W> void appendAudit(Table<T, W> table, Action action, T before, T after, UUID projectId) {
        T subject = after != null ? after : before;
        rows(AuditWrites.class).append(StoreCodecs.toStored(clock.instant()), actor.kind(), actor.name(),
                table.entityType(), table.entityId().apply(subject), projectId, action,
                before == null ? null : StoreJson.write(before), after == null ? null : StoreJson.write(after),
                changeId);
    }

    private static <T, W> void requireRecord(Table<T, W> table, T record) {
        if (record == null) {
            throw new IllegalArgumentException(table.noun() + " is required");
        }
    }

    private static <T, W> String describe(Table<T, W> table, T record) {
        return table.noun() + " '" + table.label().apply(record) + "'";
    }

    private static SourceItem withoutTask(SourceItem s) {
        return new SourceItem(s.id(), s.kind(), s.ref(), s.title(), s.snippet(), s.senderAddress(), s.senderName(),
                s.createdAt(), s.due(), s.threadId(), s.references(), s.url(), s.start(), s.end(), s.projectCode(),
                null, s.seenAt());
    }

    private <W> W rows(Class<W> type) {
        return type.cast(attached.computeIfAbsent(type, handle::attach));
    }
}
