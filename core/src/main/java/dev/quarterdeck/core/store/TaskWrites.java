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
                               version, open_horizon)
            VALUES (:id, :projectId, :title, :notes, :status, :horizon, :horizonPinned, :due, :estimate, :owner,
                    :score, :sourceKind, :sourceRef, :sourceUrl, :createdAt, :updatedAt, :completedAt, :version,
                    :openHorizon)
            """)
    void insert(@BindMethods Task task, String openHorizon);

    default void insert(Task task) {
        insert(task, openHorizon(task));
    }

    @SqlUpdate("""
            UPDATE tasks
            SET project_id = :projectId, title = :title, notes = :notes, status = :status, horizon = :horizon,
                horizon_pinned = :horizonPinned, due = :due, estimate_ms = :estimate, owner = :owner, score = :score,
                source_kind = :sourceKind, source_ref = :sourceRef, source_url = :sourceUrl,
                created_at = :createdAt, updated_at = :updatedAt, completed_at = :completedAt,
                version = version + 1, open_horizon = :openHorizon
            WHERE id = :id AND version = :expectedVersion
            """)
    int update(@BindMethods Task task, long expectedVersion, String openHorizon);

    default int update(Task task, long expectedVersion) {
        return update(task, expectedVersion, openHorizon(task));
    }

    /**
     * Writes the prioritiser's result: the score, and the proposed horizon unless the user pinned one. Derived
     * values, like an index: no version change (they never conflict with the user's edits) and no audit event.
     */
    @SqlUpdate("""
            UPDATE tasks
            SET score = :score,
                horizon = CASE WHEN horizon_pinned THEN horizon ELSE :horizon END,
                open_horizon = CASE WHEN open_horizon IS NULL THEN NULL
                                    WHEN horizon_pinned THEN horizon ELSE :horizon END
            WHERE id = :id
            """)
    int updateDerived(UUID id, double score, String horizon);

    /** The lane column: the horizon of an open task, null for a closed one (see V3__focus_index.sql). */
    static String openHorizon(Task task) {
        return task.isOpen() ? task.horizon().name() : null;
    }

    @SqlUpdate("DELETE FROM tasks WHERE id = :id AND version = :expectedVersion")
    int delete(UUID id, long expectedVersion);
}
