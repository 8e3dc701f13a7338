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

    /**
     * One page of a project's events, newest first: those before sequence {@code before}, narrowed to one kind of
     * record, one actor and states containing {@code text} (lower case, a LIKE pattern with {@code \} escaping; see
     * {@link #containing}; each null for any). Index-ordered, so a page costs its own rows, not the whole trail.
     */
    @SqlQuery(Sql.AUDIT_EVENT + """
            WHERE project_id = :projectId AND sequence < :before
              AND (CAST(:entityType AS VARCHAR(60)) IS NULL OR entity_type = :entityType)
              AND (CAST(:actorKind AS VARCHAR(20)) IS NULL OR actor_kind = :actorKind)
              AND (CAST(:actorName AS VARCHAR(60)) IS NULL OR actor_name = :actorName)
              AND (CAST(:text AS VARCHAR(200)) IS NULL
                   OR LOWER(COALESCE(after_json, before_json)) LIKE '%' || :text || '%' ESCAPE '\\')
            ORDER BY project_id, sequence DESC
            LIMIT :limit
            """)
    List<AuditEvent> pageForProject(UUID projectId, long before, String entityType, String actorKind,
            String actorName, String text, int limit);

    /** The kinds of record in a project's trail ("Task", "Risk", …), for a filter. */
    @SqlQuery("SELECT DISTINCT entity_type FROM audit_events WHERE project_id = :projectId")
    List<String> entityTypesForProject(UUID projectId);

    /** Who appears in a project's trail, as "KIND:name" ("USER:user", "AGENT:triage"), for a filter. */
    @SqlQuery("SELECT DISTINCT actor_kind || ':' || actor_name FROM audit_events WHERE project_id = :projectId")
    List<String> actorsForProject(UUID projectId);

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

    /** {@code text} for {@link #pageForProject}: lower case, its LIKE wildcards taken literally. */
    static String containing(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
    }

    /** The entity id under which a preference's events are filed (preferences are keyed by text). */
    static UUID preferenceEntityId(String key) {
        return Tables.preferenceId(key);
    }
}
