package dev.quarterdeck.core.store;

import dev.quarterdeck.core.briefing.Briefing;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Row writes for {@link BriefingDao}; only {@link StoreTransaction} calls them, and it adds the audit events. */
interface BriefingWrites extends BriefingDao {

    @SqlUpdate("""
            INSERT INTO briefings (id, kind, created_at, produced_by, markdown)
            VALUES (:id, :kind, :createdAt, :producedBy, :markdown)
            """)
    void insert(@BindMethods Briefing briefing);

    @SqlUpdate("""
            UPDATE briefings
            SET kind = :kind, created_at = :createdAt, produced_by = :producedBy, markdown = :markdown
            WHERE id = :id
            """)
    int update(@BindMethods Briefing briefing);

    @SqlUpdate("DELETE FROM briefings WHERE id = :id")
    int delete(UUID id);
}
