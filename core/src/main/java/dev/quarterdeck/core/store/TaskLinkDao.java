package dev.quarterdeck.core.store;

import dev.quarterdeck.core.task.TaskLink;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads task links. Writes go through {@link Store#write}. */
public interface TaskLinkDao {

    @SqlQuery(Sql.TASK_LINK + "WHERE id = :id")
    Optional<TaskLink> find(UUID id);

    /** Links where the task is either end. */
    @SqlQuery(Sql.TASK_LINK + """
            WHERE from_task_id = :taskId OR to_task_id = :taskId
            ORDER BY created_at, id
            """)
    List<TaskLink> listForTask(UUID taskId);

    @SqlQuery(Sql.TASK_LINK + "ORDER BY created_at, id")
    List<TaskLink> listAll();
}
