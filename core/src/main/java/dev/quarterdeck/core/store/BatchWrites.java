package dev.quarterdeck.core.store;

import dev.quarterdeck.core.ingest.IndexedItem;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The set-based reads of the ingestion path (IN lists over thousands of refs, the open items it indexes). */
interface BatchWrites {

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
