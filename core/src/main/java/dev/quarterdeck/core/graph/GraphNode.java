package dev.quarterdeck.core.graph;

import dev.quarterdeck.core.task.Task;
import java.util.UUID;

/**
 * A task as the graph draws it.
 *
 * @param projectCode the project's code, or null for a task without a project
 * @param blocked     open and held up by at least one open blocking task
 * @param critical    on the critical path of an open milestone
 */
public record GraphNode(Task task, String projectCode, GraphLane lane, ScoreBand band, boolean blocked,
        boolean critical) {

    public UUID id() {
        return task.id();
    }
}
