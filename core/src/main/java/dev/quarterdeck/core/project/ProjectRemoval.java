package dev.quarterdeck.core.project;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreException;
import dev.quarterdeck.core.store.Undo;

/**
 * Deletes a project with everything in it, and undoes that: the deletion is one change in the audit trail, and
 * {@link #restore} reverts it with the app's one {@link Undo} (every record back with the same ids, in one
 * transaction).
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
            tx.delete(project);
            return new DeletedProject(project.id(), project.code(), project.name(), tx.changeId());
        });
    }

    /**
     * Puts a deleted project back as it was, with the same ids.
     *
     * @throws StoreException when it cannot be restored (for example its code has been given to a new project
     *                        meanwhile, or it was restored already); nothing is written then
     */
    public Project restore(DeletedProject deleted) {
        Require.present(deleted, "deleted");
        if (store.projects().find(deleted.projectId()).isPresent()) {
            throw new StoreException("Project " + deleted.code() + " exists already; nothing to restore.");
        }
        store.projects().findByCode(deleted.code()).ifPresent(other -> {
            throw new StoreException("Cannot restore " + deleted.name() + ": its code " + deleted.code()
                    + " is now used by " + other.name() + ".");
        });
        new Undo(store).undo(deleted.changeId());
        return store.projects().find(deleted.projectId())
                .orElseThrow(() -> new StoreException("The deletion of " + deleted.code() + " could not be undone."));
    }
}
