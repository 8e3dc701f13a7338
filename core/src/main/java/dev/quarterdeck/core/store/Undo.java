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
 * {@link StaleRecordException} and writes nothing.
 *
 * <p>A screen that just made a change (a register tab's "Undo" notice, a deleted project) reverts exactly that
 * change with {@link #undo(UUID)}, naming it by the id {@link StoreTransaction#changeId()} gave it. Such an undo
 * names its target in its actor ({@code "undo <change id>"}), so the stack skips the target later even when newer
 * changes were made in between. This is the one undo of the app: project restore, the register tabs, Focus and the
 * proposal executor (through {@link StoreTransaction#revert}) all revert the audit trail's states this way.
 * Thread-safe.
 */
public final class Undo {

    /** Who an undo's own audit events name; its changes are the ones later undos skip. */
    public static final Actor ACTOR = new Actor(Actor.Kind.USER, "undo");

    /** The actor name prefix of an undo that names the change it reverts. */
    static final String TARGETED = ACTOR.name() + " ";

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
            Optional<Entry> target = newestNotUndone(userEntries(handle));
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
            revertNewestFirst(tx, c);
            return null;
        }));
        return change;
    }

    /**
     * Reverts the change with this id (every record it wrote, newest first) in one write, whoever made it, and
     * returns it. Meant for "Undo" right after a change; the records must still be as the change left them.
     *
     * @throws StaleRecordException when the change was undone already, or a record has changed since (then nothing
     *                              is written)
     * @throws StoreException       when no change has this id
     */
    public Change undo(UUID changeId) {
        Require.present(changeId, "changeId");
        Change change = store.jdbi().withHandle(handle -> {
            List<AuditEvent> events = handle.createQuery(Sql.AUDIT_EVENT
                    + "WHERE change_id = :changeId ORDER BY change_id, sequence")
                    .bind("changeId", changeId).mapTo(AuditEvent.class).list();
            if (events.isEmpty()) {
                throw new StoreException("Nothing to undo: no change " + changeId + " in the audit trail");
            }
            if (events.get(0).actor().kind() == Actor.Kind.USER && Entry.isUndo(events.get(0).actor().name())) {
                throw new StaleRecordException("An undo is not undone again");
            }
            if (isUndone(handle, changeId)) {
                throw new StaleRecordException("That change has been undone already");
            }
            return new Change(events);
        });
        store.write(new Actor(Actor.Kind.USER, TARGETED + changeId), tx -> {
            revertNewestFirst(tx, change);
            return null;
        });
        return change;
    }

    private static void revertNewestFirst(StoreTransaction tx, Change change) {
        List<AuditEvent> newestFirst = new ArrayList<>(change.events());
        Collections.reverse(newestFirst);
        newestFirst.forEach(tx::revert);
    }

    private static List<Entry> userEntries(org.jdbi.v3.core.Handle handle) {
        return handle.createQuery("""
                SELECT sequence, change_id, actor_name FROM audit_events
                WHERE actor_kind = 'USER'
                ORDER BY actor_kind, sequence DESC
                LIMIT :limit
                """)
                .bind("limit", LOOK_BACK)
                .map((r, ctx) -> new Entry(r.getLong("sequence"), r.getObject("change_id", UUID.class),
                        r.getString("actor_name")))
                .list();
    }

    /** Undone by a targeted undo (anywhere in the trail) or by the stack (among the newest changes). */
    private static boolean isUndone(org.jdbi.v3.core.Handle handle, UUID changeId) {
        boolean targeted = handle.createQuery("""
                SELECT COUNT(*) FROM audit_events WHERE actor_kind = 'USER' AND actor_name = :name
                """).bind("name", TARGETED + changeId).mapTo(Long.class).one() > 0;
        return targeted || undoneKeys(userEntries(handle)).contains(changeId);
    }

    /** One audit event of the user, reduced to what the undo stack needs. */
    record Entry(long sequence, UUID changeId, String actorName) {

        /** Events of one write share a change id; events older than the column are each their own change. */
        Object changeKey() {
            return changeId != null ? changeId : sequence;
        }

        boolean isUndo() {
            return isUndo(actorName);
        }

        static boolean isUndo(String actorName) {
            return ACTOR.name().equals(actorName) || actorName.startsWith(TARGETED);
        }

        /** The change a targeted undo names, or null for a stack undo and the user's own changes. */
        UUID target() {
            return actorName.startsWith(TARGETED) ? UUID.fromString(actorName.substring(TARGETED.length())) : null;
        }
    }

    /** Walks the user's changes newest first; each undo cancels the newest change not cancelled yet. */
    static Optional<Entry> newestNotUndone(List<Entry> newestFirst) {
        return walk(newestFirst, new java.util.HashSet<>());
    }

    /** The change keys that undos among these entries have cancelled. */
    static java.util.Set<Object> undoneKeys(List<Entry> newestFirst) {
        java.util.Set<Object> undone = new java.util.HashSet<>();
        walk(newestFirst, undone);
        return undone;
    }

    /**
     * The stack: a targeted undo cancels the change it names; a plain undo cancels the newest change not cancelled
     * yet. Returns the newest change left (stopping there unless {@code undone} should be filled completely).
     */
    private static Optional<Entry> walk(List<Entry> newestFirst, java.util.Set<Object> undone) {
        Map<Object, Entry> changes = new LinkedHashMap<>();
        for (Entry entry : newestFirst) {
            changes.putIfAbsent(entry.changeKey(), entry);
            if (entry.target() != null) {
                undone.add(entry.target());
            }
        }
        int pendingUndos = 0;
        Entry newest = null;
        for (Entry change : changes.values()) {
            if (change.isUndo()) {
                if (change.target() == null) {
                    pendingUndos++;
                }
            } else if (undone.contains(change.changeKey())) {
                continue;
            } else if (pendingUndos > 0) {
                pendingUndos--;
                undone.add(change.changeKey());
            } else if (newest == null) {
                newest = change;
            }
        }
        return Optional.ofNullable(newest);
    }
}
