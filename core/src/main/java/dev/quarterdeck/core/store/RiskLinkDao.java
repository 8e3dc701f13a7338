package dev.quarterdeck.core.store;

import dev.quarterdeck.core.risk.RiskLink;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the tasks and milestones linked to risks. Writes go through {@link Store#write}. */
public interface RiskLinkDao {

    @SqlQuery(Sql.RISK_LINK + "WHERE id = :id")
    Optional<RiskLink> find(UUID id);

    @SqlQuery(Sql.RISK_LINK + "WHERE risk_id = :riskId ORDER BY risk_id, id")
    List<RiskLink> listByRisk(UUID riskId);

    /** Every link of the project's risks, in one query. */
    @SqlQuery(Sql.RISK_LINK + "WHERE risk_id IN (SELECT id FROM risks WHERE project_id = :projectId) ORDER BY risk_id, id")
    List<RiskLink> listByProject(UUID projectId);

    @SqlQuery(Sql.RISK_LINK + "WHERE task_id = :taskId ORDER BY task_id, id")
    List<RiskLink> listByTask(UUID taskId);

    @SqlQuery(Sql.RISK_LINK + "WHERE milestone_id = :milestoneId ORDER BY milestone_id, id")
    List<RiskLink> listByMilestone(UUID milestoneId);

    @SqlQuery(Sql.RISK_LINK + "ORDER BY id")
    List<RiskLink> listAll();
}
