package dev.quarterdeck.core.store;

import dev.quarterdeck.core.risk.Risk;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link RiskDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface RiskWrites extends RiskDao {

    @SqlUpdate("""
            INSERT INTO risks (id, project_id, risk_key, title, description, category, likelihood, impact, owner,
                               mitigation, contingency, status, identified, next_review, closed, updated_at, version)
            VALUES (:id, :projectId, :key, :title, :description, :category, :likelihood, :impact, :owner,
                    :mitigation, :contingency, :status, :identified, :nextReview, :closed, :updatedAt, :version)
            """)
    void insert(@BindMethods Risk risk);

    @SqlUpdate("""
            UPDATE risks
            SET project_id = :projectId, risk_key = :key, title = :title, description = :description,
                category = :category, likelihood = :likelihood, impact = :impact, owner = :owner,
                mitigation = :mitigation, contingency = :contingency, status = :status, identified = :identified,
                next_review = :nextReview, closed = :closed, updated_at = :updatedAt, version = version + 1
            WHERE id = :id AND version = :expectedVersion
            """)
    int update(@BindMethods Risk risk, long expectedVersion);

    @SqlUpdate("DELETE FROM risks WHERE id = :id AND version = :expectedVersion")
    int delete(UUID id, long expectedVersion);
}
