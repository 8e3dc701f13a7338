package dev.quarterdeck.core.store;

import dev.quarterdeck.core.budget.Transaction;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link TransactionDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface TransactionWrites extends TransactionDao {

    @SqlUpdate("""
            INSERT INTO ledger_entries (id, project_id, budget_line_id, entry_date, amount, currency, vendor, note,
                                        updated_at, version)
            VALUES (:id, :projectId, :budgetLineId, :date, :amount.amount, :amount.currency, :vendor, :note,
                    :updatedAt, :version)
            """)
    void insert(@BindMethods Transaction transaction);

    @SqlUpdate("""
            UPDATE ledger_entries
            SET project_id = :projectId, budget_line_id = :budgetLineId, entry_date = :date,
                amount = :amount.amount, currency = :amount.currency, vendor = :vendor, note = :note,
                updated_at = :updatedAt, version = version + 1
            WHERE id = :id AND version = :expectedVersion
            """)
    int update(@BindMethods Transaction transaction, long expectedVersion);

    @SqlUpdate("DELETE FROM ledger_entries WHERE id = :id AND version = :expectedVersion")
    int delete(UUID id, long expectedVersion);
}
