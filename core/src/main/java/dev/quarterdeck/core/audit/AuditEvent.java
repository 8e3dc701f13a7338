package dev.quarterdeck.core.audit;

import dev.quarterdeck.core.common.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * One change to one record, with the record as JSON before and after (null before a create, null after a
 * delete). Appended in the same transaction as the change: the basis of undo and of the activity log.
 * {@code sequence} is assigned by the store and orders events.
 */
public record AuditEvent(
        long sequence,
        Instant at,
        Actor actor,
        String entityType,
        UUID entityId,
        UUID projectId,
        Action action,
        String beforeJson,
        String afterJson) {

    public enum Action {
        CREATE, UPDATE, DELETE
    }

    public AuditEvent {
        Require.present(at, "at");
        Require.present(actor, "actor");
        entityType = Require.text(entityType, "entityType", 60);
        Require.present(entityId, "entityId");
        Require.present(action, "action");
        if (action == Action.CREATE && (beforeJson != null || afterJson == null)) {
            throw new IllegalArgumentException("a create has only an after state");
        }
        if (action == Action.DELETE && (beforeJson == null || afterJson != null)) {
            throw new IllegalArgumentException("a delete has only a before state");
        }
        if (action == Action.UPDATE && (beforeJson == null || afterJson == null)) {
            throw new IllegalArgumentException("an update has a before and an after state");
        }
    }
}
