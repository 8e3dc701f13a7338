package dev.quarterdeck.core.store;

import dev.quarterdeck.core.agent.AgentRun;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads agent runs. Writes go through {@link Store#write}. */
public interface AgentRunDao {

    @SqlQuery(Sql.AGENT_RUN + "WHERE id = :id")
    Optional<AgentRun> find(UUID id);

    /** The most recent runs of all agents, newest first. */
    @SqlQuery(Sql.AGENT_RUN + "ORDER BY started_at DESC, id LIMIT :limit")
    List<AgentRun> latest(int limit);

    @SqlQuery(Sql.AGENT_RUN + "WHERE agent = :agent ORDER BY started_at DESC, id LIMIT :limit")
    List<AgentRun> latestOf(String agent, int limit);
}
