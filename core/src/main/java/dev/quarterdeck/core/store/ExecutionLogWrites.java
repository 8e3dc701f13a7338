package dev.quarterdeck.core.store;

import dev.quarterdeck.core.agent.ExecutionLog;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link ExecutionLogDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface ExecutionLogWrites extends ExecutionLogDao {

    @SqlUpdate("""
            INSERT INTO execution_logs (id, proposal_id, executed_at, outcome, undone)
            VALUES (:id, :proposalId, :executedAt, :outcome, :undone)
            """)
    void insert(@BindMethods ExecutionLog log);

    @SqlUpdate("""
            UPDATE execution_logs
            SET proposal_id = :proposalId, executed_at = :executedAt, outcome = :outcome, undone = :undone
            WHERE id = :id
            """)
    int update(@BindMethods ExecutionLog log);

    @SqlUpdate("DELETE FROM execution_logs WHERE id = :id")
    int delete(UUID id);
}
