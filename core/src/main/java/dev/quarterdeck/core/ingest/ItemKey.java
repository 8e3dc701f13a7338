package dev.quarterdeck.core.ingest;

import dev.quarterdeck.core.task.SourceKind;

/** What makes a source item unique: its source and its ref there. */
public record ItemKey(SourceKind kind, String ref) {

    public static ItemKey of(SourceItem item) {
        return new ItemKey(item.kind(), item.ref());
    }
}
