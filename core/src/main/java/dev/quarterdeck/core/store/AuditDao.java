package dev.quarterdeck.core.store;

import dev.quarterdeck.core.audit.AuditEvent;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the audit log. Events are written only by the store, in the transaction of the change they record. */
public interface AuditDao {

    /** Every event of one record, oldest first. */
    @SqlQuery(Sql.AUDIT_EVENT + "WHERE entity_id = :entityId ORDER BY entity_id, sequence")
    List<AuditEvent> listForEntity(UUID entityId);

    /** The newest events of one project's records, newest first. */
    @SqlQuery(Sql.AUDIT_EVENT + "WHERE project_id = :projectId ORDER BY project_id, sequence DESC LIMIT :limit")
    List<AuditEvent> listForProject(UUID projectId, int limit);

    /** Every event of one kind of record (entity type, e.g. "Risk") of one project, oldest first. */
    @SqlQuery(Sql.AUDIT_EVENT + "WHERE project_id = :projectId AND entity_type = :entityType ORDER BY project_id, sequence")
    List<AuditEvent> listForProjectAndType(UUID projectId, String entityType);

    /** The newest events, newest first. */
    @SqlQuery(Sql.AUDIT_EVENT + "ORDER BY sequence DESC LIMIT :limit")
    List<AuditEvent> latest(int limit);

    /** Events after a sequence number, oldest first (for undo and for catching up after a sync). */
    @SqlQuery(Sql.AUDIT_EVENT + "WHERE sequence > :afterSequence ORDER BY sequence LIMIT :limit")
    List<AuditEvent> listAfter(long afterSequence, int limit);

    @SqlQuery("SELECT COUNT(*) FROM audit_events")
    long count();

    /** The entity id under which a preference's events are filed (preferences are keyed by text). */
    static UUID preferenceEntityId(String key) {
        return Tables.preferenceId(key);
    }
}
