package dev.quarterdeck.core.ingest;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.TaskStatus;

/**
 * An item that was closed or deleted upstream, and what its task becomes: DONE for finished work (a closed issue
 * or PR, a Jira issue moved to Done), CANCELLED for work that went away (a cancelled event, a deleted message or
 * file).
 */
public record ClosedItem(ItemKey key, TaskStatus outcome) {

    public ClosedItem {
        Require.present(key, "key");
        if (outcome != TaskStatus.DONE && outcome != TaskStatus.CANCELLED) {
            throw new IllegalArgumentException("a closed item ends DONE or CANCELLED, not " + outcome);
        }
    }

    /** A connector's closed ref: issues and PRs are done, events, messages and files are gone. */
    public static ClosedItem fromConnector(SourceKind kind, String ref) {
        boolean finished = kind == SourceKind.JIRA || kind == SourceKind.GITHUB;
        return new ClosedItem(new ItemKey(kind, ref), finished ? TaskStatus.DONE : TaskStatus.CANCELLED);
    }
}
