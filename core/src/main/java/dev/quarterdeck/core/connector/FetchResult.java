package dev.quarterdeck.core.connector;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.ingest.SourceItem;
import java.util.List;

/**
 * One sync's outcome: new or changed items, the refs of items closed or deleted upstream, and the cursor to pass to
 * the next {@link Connector#fetch(String)}. An unchanged source gives two empty lists.
 */
public record FetchResult(List<SourceItem> items, List<String> closedRefs, String nextCursor) {

    public FetchResult {
        items = List.copyOf(Require.present(items, "items"));
        closedRefs = List.copyOf(Require.present(closedRefs, "closedRefs"));
        nextCursor = Require.text(nextCursor, "nextCursor", 4_000);
    }

    public boolean isEmpty() {
        return items.isEmpty() && closedRefs.isEmpty();
    }
}
