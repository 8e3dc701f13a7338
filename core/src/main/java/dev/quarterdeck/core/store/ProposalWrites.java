package dev.quarterdeck.core.store;

import dev.quarterdeck.core.agent.Proposal;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link ProposalDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface ProposalWrites extends ProposalDao {

    @SqlUpdate("""
            INSERT INTO proposals (id, agent, kind, target_id, summary, rationale, confidence, payload_json, status,
                                   created_at, decided_at, version)
            VALUES (:id, :agent, :kind, :targetId, :summary, :rationale, :confidence, :payloadJson, :status,
                    :createdAt, :decidedAt, :version)
            """)
    void insert(@BindMethods Proposal proposal);

    @SqlUpdate("""
            UPDATE proposals
            SET agent = :agent, kind = :kind, target_id = :targetId, summary = :summary, rationale = :rationale,
                confidence = :confidence, payload_json = :payloadJson, status = :status, created_at = :createdAt,
                decided_at = :decidedAt, version = version + 1
            WHERE id = :id AND version = :expectedVersion
            """)
    int update(@BindMethods Proposal proposal, long expectedVersion);

    @SqlUpdate("DELETE FROM proposals WHERE id = :id AND version = :expectedVersion")
    int delete(UUID id, long expectedVersion);
}
