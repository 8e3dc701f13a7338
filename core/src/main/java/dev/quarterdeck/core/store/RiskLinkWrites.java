package dev.quarterdeck.core.store;

import dev.quarterdeck.core.risk.RiskLink;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link RiskLinkDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface RiskLinkWrites extends RiskLinkDao {

    @SqlUpdate("INSERT INTO risk_links (id, risk_id, task_id, milestone_id) VALUES (:id, :riskId, :taskId, :milestoneId)")
    void insert(@BindMethods RiskLink link);

    @SqlUpdate("DELETE FROM risk_links WHERE id = :id")
    int delete(UUID id);
}
