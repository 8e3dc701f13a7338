package dev.quarterdeck.core.store;

import dev.quarterdeck.core.agent.AgentRun;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link AgentRunDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface AgentRunWrites extends AgentRunDao {

    @SqlUpdate("""
            INSERT INTO agent_runs (id, agent, model, started_at, duration_ms, tokens, proposals, outcome, error)
            VALUES (:id, :agent, :model, :startedAt, :duration, :tokens, :proposals, :outcome, :error)
            """)
    void insert(@BindMethods AgentRun run);

    @SqlUpdate("""
            UPDATE agent_runs
            SET agent = :agent, model = :model, started_at = :startedAt, duration_ms = :duration, tokens = :tokens,
                proposals = :proposals, outcome = :outcome, error = :error
            WHERE id = :id
            """)
    int update(@BindMethods AgentRun run);

    @SqlUpdate("DELETE FROM agent_runs WHERE id = :id")
    int delete(UUID id);
}
