package dev.quarterdeck.core.store;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Appends audit events; the sequence number is assigned by the database. */
interface AuditWrites extends AuditDao {

    @SqlUpdate("""
            INSERT INTO audit_events (occurred_at, actor_kind, actor_name, entity_type, entity_id, project_id, action,
                                      before_json, after_json, change_id)
            VALUES (:at, :actorKind, :actorName, :entityType, :entityId, :projectId, :action, :beforeJson, :afterJson,
                    :changeId)
            """)
    void append(Instant at, Actor.Kind actorKind, String actorName, String entityType, UUID entityId, UUID projectId,
            AuditEvent.Action action, String beforeJson, String afterJson, UUID changeId);
}
