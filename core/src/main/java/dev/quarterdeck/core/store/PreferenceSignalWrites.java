package dev.quarterdeck.core.store;

import dev.quarterdeck.core.agent.PreferenceSignal;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link PreferenceSignalDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface PreferenceSignalWrites extends PreferenceSignalDao {

    @SqlUpdate("""
            INSERT INTO preference_signals (id, proposal_id, agent, kind, decision, source, signalled_at)
            VALUES (:id, :proposalId, :agent, :kind, :decision, :source, :at)
            """)
    void insert(@BindMethods PreferenceSignal signal);

    @SqlUpdate("""
            UPDATE preference_signals
            SET proposal_id = :proposalId, agent = :agent, kind = :kind, decision = :decision, source = :source,
                signalled_at = :at
            WHERE id = :id
            """)
    int update(@BindMethods PreferenceSignal signal);

    @SqlUpdate("DELETE FROM preference_signals WHERE id = :id")
    int delete(UUID id);
}
