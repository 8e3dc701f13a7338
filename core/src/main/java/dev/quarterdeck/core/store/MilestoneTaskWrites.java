package dev.quarterdeck.core.store;

import dev.quarterdeck.core.milestone.MilestoneTask;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link MilestoneTaskDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface MilestoneTaskWrites extends MilestoneTaskDao {

    @SqlUpdate("INSERT INTO milestone_tasks (milestone_id, task_id) VALUES (:milestoneId, :taskId)")
    void insert(@BindMethods MilestoneTask milestoneTask);

    @SqlUpdate("DELETE FROM milestone_tasks WHERE milestone_id = :milestoneId AND task_id = :taskId")
    int delete(UUID milestoneId, UUID taskId);
}
