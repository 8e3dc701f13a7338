package dev.quarterdeck.core.project;

import java.util.UUID;

/**
 * The receipt of a project deletion: the id of the change that deleted it, which {@link ProjectRemoval#restore}
 * reverts through {@link dev.quarterdeck.core.store.Undo}.
 */
public record DeletedProject(UUID projectId, String code, String name, UUID changeId) {
}
