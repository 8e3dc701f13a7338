package dev.quarterdeck.core.project;

import java.util.UUID;

/**
 * The receipt of a project deletion: which audit events (sequence numbers {@code firstSequence} to
 * {@code lastSequence}, inclusive) hold the deleted records, so {@link ProjectRemoval#restore} can put them back.
 */
public record DeletedProject(UUID projectId, String code, String name, long firstSequence, long lastSequence) {
}
