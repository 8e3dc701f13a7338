package dev.quarterdeck.core.store;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import java.time.Instant;
import java.util.UUID;

/** One audit event as {@link BatchWrites#appendAudit} binds it (public only because Jdbi binds its accessors). */
public record AuditRow(Instant at, Actor.Kind actorKind, String actorName, String entityType, UUID entityId, UUID projectId,
        AuditEvent.Action action, String beforeJson, String afterJson) {
}
