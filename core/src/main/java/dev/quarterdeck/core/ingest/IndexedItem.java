package dev.quarterdeck.core.ingest;

import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored source item whose task is open, reduced to what de-duplication and linking look at (no snippet): the
 * candidates a new item may duplicate or refer to.
 */
public record IndexedItem(UUID taskId, SourceKind kind, String ref, String title, URI url, String threadId,
        List<String> references, Instant createdAt) {

    public IndexedItem {
        references = references == null ? List.of() : List.copyOf(references);
    }
}
