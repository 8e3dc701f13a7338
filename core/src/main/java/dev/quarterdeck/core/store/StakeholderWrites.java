package dev.quarterdeck.core.store;

import dev.quarterdeck.core.stakeholder.Stakeholder;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link StakeholderDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface StakeholderWrites extends StakeholderDao {

    @SqlUpdate("""
            INSERT INTO stakeholders (id, project_id, name, role, organisation, email, influence, interest,
                                      cadence_ms, last_contact, updated_at, version)
            VALUES (:id, :projectId, :name, :role, :organisation, :email, :influence, :interest,
                    :cadence, :lastContact, :updatedAt, :version)
            """)
    void insert(@BindMethods Stakeholder stakeholder);

    @SqlUpdate("""
            UPDATE stakeholders
            SET project_id = :projectId, name = :name, role = :role, organisation = :organisation, email = :email,
                influence = :influence, interest = :interest, cadence_ms = :cadence, last_contact = :lastContact,
                updated_at = :updatedAt, version = version + 1
            WHERE id = :id AND version = :expectedVersion
            """)
    int update(@BindMethods Stakeholder stakeholder, long expectedVersion);

    @SqlUpdate("DELETE FROM stakeholders WHERE id = :id AND version = :expectedVersion")
    int delete(UUID id, long expectedVersion);
}
