package dev.quarterdeck.core.store;

import dev.quarterdeck.core.ingest.IndexedItem;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * JDBC-batched inserts for the ingestion path (thousands of rows per sync), with the same columns as the single-row
 * writes. Only {@link StoreTransaction#insertAll} calls them, and it batches the audit events too.
 */
interface BatchWrites {

    @SqlBatch("""
            INSERT INTO tasks (id, project_id, title, notes, status, horizon, horizon_pinned, due, estimate_ms, owner,
                               score, source_kind, source_ref, source_url, created_at, updated_at, completed_at,
                               version)
            VALUES (:id, :projectId, :title, :notes, :status, :horizon, :horizonPinned, :due, :estimate, :owner,
                    :score, :sourceKind, :sourceRef, :sourceUrl, :createdAt, :updatedAt, :completedAt, :version)
            """)
    void insertTasks(@BindMethods List<Task> tasks);

    @SqlBatch("""
            INSERT INTO source_items (id, kind, ref, title, snippet, sender_address, sender_name, created_at, due,
                                      thread_id, reference_list, url, start_at, end_at, project_code, task_id,
                                      seen_at)
            VALUES (:id, :kind, :ref, :title, :snippet, :senderAddress, :senderName, :createdAt, :due,
                    :threadId, :references, :url, :start, :end, :projectCode, :taskId, :seenAt)
            """)
    void insertSourceItems(@BindMethods List<SourceItem> items);

    @SqlBatch("""
            INSERT INTO task_links (id, from_task_id, to_task_id, kind, origin, created_at)
            VALUES (:id, :fromTaskId, :toTaskId, :kind, :origin, :createdAt)
            """)
    void insertLinks(@BindMethods List<TaskLink> links);

    @SqlBatch("""
            INSERT INTO audit_events (occurred_at, actor_kind, actor_name, entity_type, entity_id, project_id, action,
                                      before_json, after_json)
            VALUES (:at, :actorKind, :actorName, :entityType, :entityId, :projectId, :action, :beforeJson, :afterJson)
            """)
    void appendAudit(@BindMethods List<AuditRow> rows);

    /** Stored source items with one of these refs (any kind); the caller filters by kind. */
    @SqlQuery(Sql.SOURCE_ITEM + "WHERE ref IN (<refs>)")
    List<SourceItem> sourceItemsByRef(@BindList("refs") List<String> refs);

    /** Stored source items in one of these threads. */
    @SqlQuery(Sql.SOURCE_ITEM + "WHERE thread_id IN (<threads>)")
    List<SourceItem> sourceItemsByThread(@BindList("threads") List<String> threads);

    @SqlQuery("""
            SELECT s.task_id, s.kind, s.ref, s.title, s.url, s.thread_id, s.reference_list AS "references",
                   s.created_at
            FROM source_items s JOIN tasks t ON t.id = s.task_id
            WHERE t.status IN (<open>)
            """)
    @RegisterConstructorMapper(IndexedItem.class)
    List<IndexedItem> openTaskItems(@BindList("open") List<TaskStatus> open);

    @SqlQuery(Sql.TASK + "WHERE id IN (<ids>)")
    List<Task> tasksById(@BindList("ids") List<java.util.UUID> ids);
}
