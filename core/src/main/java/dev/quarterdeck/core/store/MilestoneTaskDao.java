package dev.quarterdeck.core.store;

import dev.quarterdeck.core.milestone.MilestoneTask;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads which tasks each milestone depends on. Writes go through {@link Store#write}. */
public interface MilestoneTaskDao {

    @SqlQuery(Sql.MILESTONE_TASK + "WHERE milestone_id = :milestoneId AND task_id = :taskId")
    Optional<MilestoneTask> find(UUID milestoneId, UUID taskId);

    @SqlQuery(Sql.MILESTONE_TASK + "WHERE milestone_id = :milestoneId ORDER BY task_id")
    List<MilestoneTask> listByMilestone(UUID milestoneId);

    @SqlQuery(Sql.MILESTONE_TASK + "WHERE task_id = :taskId ORDER BY milestone_id")
    List<MilestoneTask> listByTask(UUID taskId);

    @SqlQuery(Sql.MILESTONE_TASK + "ORDER BY milestone_id, task_id")
    List<MilestoneTask> listAll();
}
