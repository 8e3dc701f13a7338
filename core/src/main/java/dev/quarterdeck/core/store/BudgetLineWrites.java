package dev.quarterdeck.core.store;

import dev.quarterdeck.core.budget.BudgetLine;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link BudgetLineDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface BudgetLineWrites extends BudgetLineDao {

    @SqlUpdate("""
            INSERT INTO budget_lines (id, project_id, category, planned_amount, planned_currency, updated_at, version)
            VALUES (:id, :projectId, :category, :planned.amount, :planned.currency, :updatedAt, :version)
            """)
    void insert(@BindMethods BudgetLine line);

    @SqlUpdate("""
            UPDATE budget_lines
            SET project_id = :projectId, category = :category, planned_amount = :planned.amount,
                planned_currency = :planned.currency, updated_at = :updatedAt, version = version + 1
            WHERE id = :id AND version = :expectedVersion
            """)
    int update(@BindMethods BudgetLine line, long expectedVersion);

    @SqlUpdate("DELETE FROM budget_lines WHERE id = :id AND version = :expectedVersion")
    int delete(UUID id, long expectedVersion);
}
