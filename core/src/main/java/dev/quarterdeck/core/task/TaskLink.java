package dev.quarterdeck.core.task;

import dev.quarterdeck.core.common.Require;
import java.time.Instant;
import java.util.UUID;

/** A directed edge between two tasks. PARENT reads "from is the parent of to". */
public record TaskLink(UUID id, UUID fromTaskId, UUID toTaskId, LinkKind kind, LinkOrigin origin, Instant createdAt) {

    public TaskLink {
        Require.present(id, "id");
        Require.present(fromTaskId, "fromTaskId");
        Require.present(toTaskId, "toTaskId");
        if (fromTaskId.equals(toTaskId)) {
            throw new IllegalArgumentException("a task cannot link to itself");
        }
        Require.present(kind, "kind");
        Require.present(origin, "origin");
        Require.present(createdAt, "createdAt");
    }
}
