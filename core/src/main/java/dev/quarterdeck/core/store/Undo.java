package dev.quarterdeck.core.store;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.common.Require;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Undo for the whole app, read from the audit trail, so it works the same after a restart: the latest change the
 * user made (one {@link Store#write} by {@link Actor.Kind#USER}) is reverted as a whole, every record put back to
 * its state before the change, in one new write by {@link #ACTOR}.
 *
 * <p>The user's changes form a stack: an undo cancels the newest change that no later undo has cancelled, so
 * undoing twice reverts the two latest changes (it never redoes). Changes by agents, connectors and the system are
 * not undone; when one of them has touched a record since the user's change, undo refuses with
 * {@link StaleRecordException} and writes nothing. Thread-safe.
 */
public final class Undo {

    /** Who an undo's own audit events name; its changes are the ones later undos skip. */
    public static final Actor ACTOR = new Actor(Actor.Kind.USER, "undo");

    /** How many of the user's newest audit events are looked through for something to undo. */
    static final int LOOK_BACK = 2_000;

    private final Store store;

    public Undo(Store store) {
        this.store = Require.present(store, "store");
    }

    /**
     * The change the next {@link #undo()} would revert: its audit events, oldest first.
     *
     * @param events every record the change wrote, in the order it wrote them
     */
    public record Change(List<AuditEvent> events) {

        public Change {
            events = List.copyOf(events);
            if (events.isEmpty()) {
                throw new IllegalArgumentException("a change has at least one event");
            }
        }

        /** The records the change touched, e.g. to refresh their views after the undo. */
        public List<UUID> entityIds() {
            return events.stream().map(AuditEvent::entityId).distinct().toList();
        }

        /** The first event's entity type, e.g. "Task". */
        public String entityType() {
            return events.get(0).entityType();
        }
    }

    /** The change that undo would revert, or empty when there is nothing to undo. */
    public Optional<Change> peek() {
        return store.jdbi().withHandle(handle -> {
            List<Entry> entries = handle.createQuery("""
                    SELECT sequence, change_id, actor_name FROM audit_events
                    WHERE actor_kind = 'USER'
                    ORDER BY actor_kind, sequence DESC
                    LIMIT :limit
                    """)
                    .bind("limit", LOOK_BACK)
                    .map((r, ctx) -> new Entry(r.getLong("sequence"), r.getObject("change_id", UUID.class),
                            r.getString("actor_name")))
                    .list();
            Optional<Entry> target = newestNotUndone(entries);
            if (target.isEmpty()) {
                return Optional.<Change>empty();
            }
            Entry change = target.get();
            List<AuditEvent> events = change.changeId() == null
                    ? handle.createQuery(Sql.AUDIT_EVENT + "WHERE sequence = :sequence")
                            .bind("sequence", change.sequence()).mapTo(AuditEvent.class).list()
                    : handle.createQuery(Sql.AUDIT_EVENT + "WHERE change_id = :changeId ORDER BY change_id, sequence")
                            .bind("changeId", change.changeId()).mapTo(AuditEvent.class).list();
            return Optional.of(new Change(events));
        });
    }

    /**
     * Reverts the user's latest change that is not undone yet and returns it, or empty when there is none.
     *
     * @throws StaleRecordException when a record has been changed by someone else since; nothing is written
     */
    public Optional<Change> undo() {
        Optional<Change> change = peek();
        change.ifPresent(c -> store.write(ACTOR, tx -> {
            List<AuditEvent> newestFirst = new ArrayList<>(c.events());
            Collections.reverse(newestFirst);
            newestFirst.forEach(tx::revert);
            return null;
        }));
        return change;
    }

    /** One audit event of the user, reduced to what the undo stack needs. */
    record Entry(long sequence, UUID changeId, String actorName) {

        /** Events of one write share a change id; events older than the column are each their own change. */
        Object changeKey() {
            return changeId != null ? changeId : sequence;
        }

        boolean isUndo() {
            return ACTOR.name().equals(actorName);
        }
    }

    /** Walks the user's changes newest first; each undo cancels the newest change not cancelled yet. */
    static Optional<Entry> newestNotUndone(List<Entry> newestFirst) {
        Map<Object, Entry> changes = new LinkedHashMap<>();
        for (Entry entry : newestFirst) {
            changes.putIfAbsent(entry.changeKey(), entry);
        }
        int pendingUndos = 0;
        for (Entry change : changes.values()) {
            if (change.isUndo()) {
                pendingUndos++;
            } else if (pendingUndos > 0) {
                pendingUndos--;
            } else {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }
}
