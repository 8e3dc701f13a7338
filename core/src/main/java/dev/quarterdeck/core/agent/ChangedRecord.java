package dev.quarterdeck.core.agent;

import java.util.UUID;

/**
 * A record an applied proposal wrote, named as the audit trail names it ({@code entityType} is the record's simple
 * class name); undo finds its audit events by these.
 */
record ChangedRecord(String entityType, UUID entityId) {
}
