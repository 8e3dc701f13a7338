package dev.quarterdeck.core.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.store.StoreJson;
import dev.quarterdeck.core.store.StoreTransaction;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Puts a record back the way an audit event found it: a created record is deleted, an updated one gets its before
 * state back (with the current version, so the write is still optimistic), a deleted one is inserted again. It first
 * checks that the record is still as the event left it — apart from bookkeeping the user does not see ({@link #IGNORED})
 * — and refuses otherwise, so undo never overwrites a later change.
 *
 * <p>Covers the kinds of record the executor writes: tasks, source items, task links, risks, stakeholders and
 * preferences.
 */
final class AuditRestore {

    /** Fields that change without the user changing the record: versions, timestamps, the prioritiser's score. */
    static final Set<String> IGNORED = Set.of("version", "updatedAt", "score", "seenAt");

    private static final Map<String, Kind<?>> KINDS = Map.of(
            "Task", new Kind<Task>(Task.class, (tx, id, state) -> tx.tasks().find(id), Task::title,
                    (tx, r) -> tx.insert(r), (tx, r) -> tx.update(r), (tx, r) -> tx.delete(r)),
            "SourceItem", new Kind<SourceItem>(SourceItem.class, (tx, id, state) -> tx.sourceItems().findById(id),
                    SourceItem::title, (tx, r) -> tx.insert(r), (tx, r) -> tx.update(r), (tx, r) -> tx.delete(r)),
            "TaskLink", new Kind<TaskLink>(TaskLink.class, (tx, id, state) -> tx.links().find(id),
                    l -> "the " + l.kind() + " link", (tx, r) -> tx.insert(r), (tx, r) -> tx.update(r),
                    (tx, r) -> tx.delete(r)),
            "Risk", new Kind<Risk>(Risk.class, (tx, id, state) -> tx.risks().find(id), r -> r.key() + " " + r.title(),
                    (tx, r) -> tx.insert(r), (tx, r) -> tx.update(r), (tx, r) -> tx.delete(r)),
            "Stakeholder", new Kind<Stakeholder>(Stakeholder.class, (tx, id, state) -> tx.stakeholders().find(id),
                    Stakeholder::name, (tx, r) -> tx.insert(r), (tx, r) -> tx.update(r), (tx, r) -> tx.delete(r)),
            // A preference is keyed by text: its key comes from the event's state.
            "Preference", new Kind<Preference>(Preference.class,
                    (tx, id, state) -> tx.preferences().find(state.path("key").asText()), Preference::key,
                    (tx, r) -> tx.insert(r), (tx, r) -> tx.update(r), (tx, r) -> tx.delete(r)));

    private final StoreTransaction tx;
    private final Instant now;

    AuditRestore(StoreTransaction tx, Instant now) {
        this.tx = tx;
        this.now = now;
    }

    /** True when this class can restore records of the event's type. */
    static boolean covers(String entityType) {
        return KINDS.containsKey(entityType);
    }

    void restore(AuditEvent event) {
        Kind<?> kind = KINDS.get(event.entityType());
        if (kind == null) {
            throw new ProposalRefused("Cannot undo a change to a " + event.entityType());
        }
        restore(kind, event);
    }

    private <T> void restore(Kind<T> kind, AuditEvent event) {
        Optional<T> current = current(kind, event);
        switch (event.action()) {
            case CREATE -> {
                T record = current.orElseThrow(() -> new ProposalRefused("It was deleted since"));
                requireUnchanged(kind, record, event.afterJson());
                kind.delete().write(tx, record);
            }
            case UPDATE -> {
                T record = current.orElseThrow(() -> new ProposalRefused("It was deleted since"));
                requireUnchanged(kind, record, event.afterJson());
                kind.update().write(tx, before(kind, event.beforeJson(), record));
            }
            case DELETE -> {
                if (current.isPresent()) {
                    throw new ProposalRefused("“" + kind.label().apply(current.get()) + "” exists again");
                }
                kind.insert().write(tx, read(kind, tree(event.beforeJson())));
            }
        }
    }

    private <T> Optional<T> current(Kind<T> kind, AuditEvent event) {
        String json = event.afterJson() != null ? event.afterJson() : event.beforeJson();
        return kind.find().find(tx, event.entityId(), tree(json));
    }

    private <T> void requireUnchanged(Kind<T> kind, T record, String afterJson) {
        ObjectNode now = tree(StoreJson.write(record));
        ObjectNode then = tree(afterJson);
        IGNORED.forEach(field -> {
            now.remove(field);
            then.remove(field);
        });
        if (!now.equals(then)) {
            throw new ProposalRefused("“" + kind.label().apply(record) + "” has changed since; undo it by hand");
        }
    }

    /** The before state, carrying the current version (the optimistic check) and now as its update time. */
    private <T> T before(Kind<T> kind, String beforeJson, T current) {
        ObjectNode before = tree(beforeJson);
        JsonNode currentVersion = tree(StoreJson.write(current)).get("version");
        if (currentVersion != null) {
            before.set("version", currentVersion);
        }
        if (before.has("updatedAt")) {
            before.put("updatedAt", now.toString());
        }
        return read(kind, before);
    }

    private static <T> T read(Kind<T> kind, JsonNode tree) {
        try {
            return StoreJson.mapper().treeToValue(tree, kind.type());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ProposalRefused("The earlier state of this " + kind.type().getSimpleName()
                    + " cannot be read back: " + e.getMessage(), e);
        }
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) StoreJson.mapper().readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new ProposalRefused("The audit trail holds a state that is not a JSON object", e);
        }
    }

    @FunctionalInterface
    interface Finder<T> {
        Optional<T> find(StoreTransaction tx, UUID id, JsonNode state);
    }

    @FunctionalInterface
    interface Write<T> {
        void write(StoreTransaction tx, T record);
    }

    private record Kind<T>(Class<T> type, Finder<T> find, Function<T, String> label,
            Write<T> insert, Write<T> update, Write<T> delete) {
    }
}
