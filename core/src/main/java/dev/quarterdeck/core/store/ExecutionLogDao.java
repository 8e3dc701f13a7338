package dev.quarterdeck.core.store;

import dev.quarterdeck.core.agent.ExecutionLog;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads what the executor did. Writes go through {@link Store#write}. */
public interface ExecutionLogDao {

    @SqlQuery(Sql.EXECUTION_LOG + "WHERE id = :id")
    Optional<ExecutionLog> find(UUID id);

    @SqlQuery(Sql.EXECUTION_LOG + "WHERE proposal_id = :proposalId ORDER BY executed_at, id")
    List<ExecutionLog> listByProposal(UUID proposalId);
}
