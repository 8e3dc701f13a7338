package dev.quarterdeck.core.store;

import dev.quarterdeck.core.milestone.Milestone;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads milestones. Writes go through {@link Store#write}. */
public interface MilestoneDao {

    @SqlQuery(Sql.MILESTONE + "WHERE id = :id")
    Optional<Milestone> find(UUID id);

    /** A project's milestones by current due date. */
    @SqlQuery(Sql.MILESTONE + "WHERE project_id = :projectId ORDER BY due, LOWER(name), id")
    List<Milestone> listByProject(UUID projectId);

    @SqlQuery(Sql.MILESTONE + "ORDER BY project_id, due, id")
    List<Milestone> listAll();
}
