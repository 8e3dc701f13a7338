package dev.quarterdeck.core.store;

import dev.quarterdeck.core.milestone.Milestone;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link MilestoneDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface MilestoneWrites extends MilestoneDao {

    @SqlUpdate("""
            INSERT INTO milestones (id, project_id, name, description, baseline_due, due, status, completed,
                                    updated_at, version)
            VALUES (:id, :projectId, :name, :description, :baselineDue, :due, :status, :completed,
                    :updatedAt, :version)
            """)
    void insert(@BindMethods Milestone milestone);

    @SqlUpdate("""
            UPDATE milestones
            SET project_id = :projectId, name = :name, description = :description, baseline_due = :baselineDue,
                due = :due, status = :status, completed = :completed, updated_at = :updatedAt,
                version = version + 1
            WHERE id = :id AND version = :expectedVersion
            """)
    int update(@BindMethods Milestone milestone, long expectedVersion);

    @SqlUpdate("DELETE FROM milestones WHERE id = :id AND version = :expectedVersion")
    int delete(UUID id, long expectedVersion);
}
