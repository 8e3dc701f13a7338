package dev.quarterdeck.core.ingest;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.task.SourceKind;
import java.util.List;

/** One unit of ingestion, written in one transaction: new or changed items, and items closed upstream. */
public record IngestBatch(List<SourceItem> items, List<ClosedItem> closed) {

    public IngestBatch {
        items = List.copyOf(Require.present(items, "items"));
        closed = List.copyOf(Require.present(closed, "closed"));
    }

    /** A connector's fetch: its items, and its closed refs, all of the connector's kind. */
    public static IngestBatch of(SourceKind kind, List<SourceItem> items, List<String> closedRefs) {
        return new IngestBatch(items, closedRefs.stream().map(ref -> ClosedItem.fromConnector(kind, ref)).toList());
    }
}
