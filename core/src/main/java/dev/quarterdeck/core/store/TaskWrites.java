package dev.quarterdeck.core.store;

import dev.quarterdeck.core.task.Task;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link TaskDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface TaskWrites extends TaskDao {

    @SqlUpdate("""
            INSERT INTO tasks (id, project_id, title, notes, status, horizon, horizon_pinned, due, estimate_ms, owner,
                               score, source_kind, source_ref, source_url, created_at, updated_at, completed_at,
                               version)
            VALUES (:id, :projectId, :title, :notes, :status, :horizon, :horizonPinned, :due, :estimate, :owner,
                    :score, :sourceKind, :sourceRef, :sourceUrl, :createdAt, :updatedAt, :completedAt, :version)
            """)
    void insert(@BindMethods Task task);

    @SqlUpdate("""
            UPDATE tasks
            SET project_id = :projectId, title = :title, notes = :notes, status = :status, horizon = :horizon,
                horizon_pinned = :horizonPinned, due = :due, estimate_ms = :estimate, owner = :owner, score = :score,
                source_kind = :sourceKind, source_ref = :sourceRef, source_url = :sourceUrl,
                created_at = :createdAt, updated_at = :updatedAt, completed_at = :completedAt,
                version = version + 1
            WHERE id = :id AND version = :expectedVersion
            """)
    int update(@BindMethods Task task, long expectedVersion);

    @SqlUpdate("DELETE FROM tasks WHERE id = :id AND version = :expectedVersion")
    int delete(UUID id, long expectedVersion);
}
