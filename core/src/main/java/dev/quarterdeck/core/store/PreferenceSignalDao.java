package dev.quarterdeck.core.store;

import dev.quarterdeck.core.agent.PreferenceSignal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the signals preferences are learned from. Writes go through {@link Store#write}. */
public interface PreferenceSignalDao {

    @SqlQuery(Sql.PREFERENCE_SIGNAL + "WHERE id = :id")
    Optional<PreferenceSignal> find(UUID id);

    /** One agent's signals, newest first. */
    @SqlQuery(Sql.PREFERENCE_SIGNAL + "WHERE agent = :agent ORDER BY agent, signalled_at DESC LIMIT :limit")
    List<PreferenceSignal> latestOf(String agent, int limit);

    @SqlQuery(Sql.PREFERENCE_SIGNAL + "WHERE proposal_id = :proposalId ORDER BY signalled_at, id")
    List<PreferenceSignal> listByProposal(UUID proposalId);

    /** Every signal, oldest first: what the preference model is learned from. */
    @SqlQuery(Sql.PREFERENCE_SIGNAL + "ORDER BY signalled_at, id")
    List<PreferenceSignal> list();
}
