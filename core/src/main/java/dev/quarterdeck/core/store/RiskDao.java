package dev.quarterdeck.core.store;

import dev.quarterdeck.core.risk.Risk;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the risk register. Writes go through {@link Store#write}. */
public interface RiskDao {

    @SqlQuery(Sql.RISK + "WHERE id = :id")
    Optional<Risk> find(UUID id);

    /** A project's risks in key order (R-001, R-002, … R-1000). */
    @SqlQuery(Sql.RISK + "WHERE project_id = :projectId ORDER BY LENGTH(risk_key), risk_key")
    List<Risk> listByProject(UUID projectId);

    @SqlQuery(Sql.RISK + "ORDER BY project_id, LENGTH(risk_key), risk_key")
    List<Risk> listAll();
}
