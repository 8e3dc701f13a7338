package dev.quarterdeck.core.store;

import dev.quarterdeck.core.ingest.SourceItem;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link SourceItemDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface SourceItemWrites extends SourceItemDao {

    @SqlUpdate("""
            INSERT INTO source_items (id, kind, ref, title, snippet, sender_address, sender_name, created_at, due,
                                      thread_id, reference_list, url, start_at, end_at, project_code, task_id,
                                      seen_at)
            VALUES (:id, :kind, :ref, :title, :snippet, :senderAddress, :senderName, :createdAt, :due,
                    :threadId, :references, :url, :start, :end, :projectCode, :taskId, :seenAt)
            """)
    void insert(@BindMethods SourceItem item);

    @SqlUpdate("""
            UPDATE source_items
            SET kind = :kind, ref = :ref, title = :title, snippet = :snippet, sender_address = :senderAddress,
                sender_name = :senderName, created_at = :createdAt, due = :due, thread_id = :threadId,
                reference_list = :references, url = :url, start_at = :start, end_at = :end,
                project_code = :projectCode, task_id = :taskId, seen_at = :seenAt
            WHERE id = :id
            """)
    int update(@BindMethods SourceItem item);

    @SqlUpdate("DELETE FROM source_items WHERE id = :id")
    int delete(UUID id);
}
