package dev.quarterdeck.core.store;

import dev.quarterdeck.core.agent.Proposal;
import dev.quarterdeck.core.agent.ProposalStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads agent proposals. Writes go through {@link Store#write}. */
public interface ProposalDao {

    @SqlQuery(Sql.PROPOSAL + "WHERE id = :id")
    Optional<Proposal> find(UUID id);

    /** Proposals in one status, newest first. */
    @SqlQuery(Sql.PROPOSAL + "WHERE status = :status ORDER BY status, created_at DESC LIMIT :limit")
    List<Proposal> listByStatus(ProposalStatus status, int limit);

    @SqlQuery(Sql.PROPOSAL + "WHERE target_id = :targetId ORDER BY created_at DESC, id")
    List<Proposal> listByTarget(UUID targetId);
}
