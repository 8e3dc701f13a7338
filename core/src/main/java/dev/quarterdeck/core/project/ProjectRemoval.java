package dev.quarterdeck.core.project;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.audit.AuditEvent.Action;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreException;
import dev.quarterdeck.core.store.StoreJson;
import dev.quarterdeck.core.store.StoreTransaction;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Deletes a project with everything in it, and undoes that from the audit trail: the deletion's audit events
 * carry every deleted record as JSON, and {@link #restore} inserts them again in the reverse order of deletion
 * (the project first, a task before its links), in one transaction.
 *
 * <p>A stop-gap until a general audit-based undo exists in core: it undoes exactly one kind of change.
 */
public final class ProjectRemoval {

    private final Store store;

    public ProjectRemoval(Store store) {
        this.store = Require.present(store, "store");
    }

    /**
     * Deletes {@code project} (as last read) and all its records in one transaction.
     *
     * @throws dev.quarterdeck.core.store.StaleRecordException when it changed since it was read
     */
    public DeletedProject delete(Actor actor, Project project) {
        Require.present(project, "project");
        return store.write(actor, tx -> {
            long before = lastSequence(tx);
            tx.delete(project);
            return new DeletedProject(project.id(), project.code(), project.name(), before + 1, lastSequence(tx));
        });
    }

    /**
     * Puts a deleted project back as it was, with the same ids and versions.
     *
     * @throws StoreException when it cannot be restored (for example its code has been given to a new project
     *                        meanwhile); nothing is written then
     */
    public Project restore(Actor actor, DeletedProject deleted) {
        Require.present(deleted, "deleted");
        return store.write(actor, tx -> {
            if (tx.projects().find(deleted.projectId()).isPresent()) {
                throw new StoreException("Project " + deleted.code() + " exists already; nothing to restore.");
            }
            tx.projects().findByCode(deleted.code()).ifPresent(other -> {
                throw new StoreException("Cannot restore " + deleted.name() + ": its code " + deleted.code()
                        + " is now used by " + other.name() + ".");
            });
            List<AuditEvent> events = new ArrayList<>(eventsOf(tx, deleted));
            Collections.reverse(events);
            Project restored = null;
            for (AuditEvent event : events) {
                Object record = putBack(tx, event);
                if (record instanceof Project project) {
                    restored = project;
                }
            }
            if (restored == null) {
                throw new StoreException("The audit trail holds no deletion of project " + deleted.code() + ".");
            }
            return restored;
        });
    }

    private static List<AuditEvent> eventsOf(StoreTransaction tx, DeletedProject deleted) {
        long count = deleted.lastSequence() - deleted.firstSequence() + 1;
        if (count <= 0 || count > Integer.MAX_VALUE) {
            throw new StoreException("The deletion of " + deleted.code() + " left no audit events to restore from.");
        }
        List<AuditEvent> events = tx.audit().listAfter(deleted.firstSequence() - 1, (int) count);
        AuditEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
        if (last == null || !"Project".equals(last.entityType()) || last.action() != Action.DELETE
                || !last.entityId().equals(deleted.projectId())) {
            throw new StoreException("The audit trail does not end with the deletion of " + deleted.code() + ".");
        }
        // In team mode another writer's events may sit in the same range: keep only this deletion's (same actor).
        return events.stream().filter(e -> e.actor().equals(last.actor())).toList();
    }

    private static Object putBack(StoreTransaction tx, AuditEvent event) {
        if (event.action() == Action.UPDATE && "SourceItem".equals(event.entityType())) {
            SourceItem before = StoreJson.read(event.beforeJson(), SourceItem.class);
            return tx.sourceItems().findById(before.id()).filter(now -> now.taskId() == null)
                    .map(now -> tx.update(relinked(now, before))).orElse(null);
        }
        if (event.action() != Action.DELETE) {
            return null;
        }
        String json = event.beforeJson();
        return switch (event.entityType()) {
            case "Project" -> tx.insert(StoreJson.read(json, Project.class));
            case "Task" -> tx.insert(StoreJson.read(json, Task.class));
            case "TaskLink" -> tx.insert(StoreJson.read(json, TaskLink.class));
            case "Risk" -> tx.insert(StoreJson.read(json, Risk.class));
            case "Milestone" -> tx.insert(StoreJson.read(json, Milestone.class));
            case "MilestoneTask" -> tx.insert(StoreJson.read(json, MilestoneTask.class));
            case "Stakeholder" -> tx.insert(StoreJson.read(json, Stakeholder.class));
            case "BudgetLine" -> tx.insert(StoreJson.read(json, BudgetLine.class));
            case "Transaction" -> tx.insert(StoreJson.read(json, Transaction.class));
            case "Document" -> tx.insert(StoreJson.read(json, Document.class));
            default -> throw new StoreException("Cannot restore a deleted " + event.entityType() + ".");
        };
    }

    private static SourceItem relinked(SourceItem now, SourceItem before) {
        return new SourceItem(now.id(), now.kind(), now.ref(), now.title(), now.snippet(), now.senderAddress(),
                now.senderName(), now.createdAt(), now.due(), now.threadId(), now.references(), now.url(),
                now.start(), now.end(), now.projectCode(), before.taskId(), now.seenAt());
    }

    private static long lastSequence(StoreTransaction tx) {
        return tx.audit().latest(1).stream().mapToLong(AuditEvent::sequence).findFirst().orElse(0);
    }
}
