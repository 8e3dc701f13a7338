package dev.quarterdeck.core.store;

import dev.quarterdeck.core.task.TaskLink;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link TaskLinkDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface TaskLinkWrites extends TaskLinkDao {

    @SqlUpdate("""
            INSERT INTO task_links (id, from_task_id, to_task_id, kind, origin, created_at)
            VALUES (:id, :fromTaskId, :toTaskId, :kind, :origin, :createdAt)
            """)
    void insert(@BindMethods TaskLink link);

    @SqlUpdate("""
            UPDATE task_links
            SET from_task_id = :fromTaskId, to_task_id = :toTaskId, kind = :kind, origin = :origin,
                created_at = :createdAt
            WHERE id = :id
            """)
    int update(@BindMethods TaskLink link);

    @SqlUpdate("DELETE FROM task_links WHERE id = :id")
    int delete(UUID id);
}
