package dev.quarterdeck.core.store;

import dev.quarterdeck.core.stakeholder.Stakeholder;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads stakeholders. Writes go through {@link Store#write}. */
public interface StakeholderDao {

    @SqlQuery(Sql.STAKEHOLDER + "WHERE id = :id")
    Optional<Stakeholder> find(UUID id);

    @SqlQuery(Sql.STAKEHOLDER + "WHERE project_id = :projectId ORDER BY LOWER(name), id")
    List<Stakeholder> listByProject(UUID projectId);

    @SqlQuery(Sql.STAKEHOLDER + "ORDER BY project_id, id")
    List<Stakeholder> listAll();
}
