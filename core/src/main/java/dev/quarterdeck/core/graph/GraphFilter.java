package dev.quarterdeck.core.graph;

import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.util.Set;
import java.util.UUID;

/**
 * Which tasks the graph shows. An empty set means "any": no project filter, every source, every status.
 * A project filter leaves out tasks without a project.
 */
public record GraphFilter(Set<UUID> projectIds, Set<SourceKind> sources, Set<TaskStatus> statuses,
        GraphWindow window) {

    public static final GraphFilter ALL = new GraphFilter(Set.of(), Set.of(), Set.of(), GraphWindow.ALL);

    public GraphFilter {
        projectIds = Set.copyOf(projectIds);
        sources = Set.copyOf(sources);
        statuses = Set.copyOf(statuses);
        if (window == null) {
            throw new IllegalArgumentException("window is required");
        }
    }

    public boolean matches(Task task, GraphLane lane) {
        return window.includes(lane)
                && (projectIds.isEmpty() || (task.projectId() != null && projectIds.contains(task.projectId())))
                && (sources.isEmpty() || sources.contains(task.sourceKind()))
                && (statuses.isEmpty() || statuses.contains(task.status()));
    }

    public GraphFilter withProjects(Set<UUID> ids) {
        return new GraphFilter(ids, sources, statuses, window);
    }

    public GraphFilter withSources(Set<SourceKind> kinds) {
        return new GraphFilter(projectIds, kinds, statuses, window);
    }

    public GraphFilter withStatuses(Set<TaskStatus> chosen) {
        return new GraphFilter(projectIds, sources, chosen, window);
    }

    public GraphFilter withWindow(GraphWindow chosen) {
        return new GraphFilter(projectIds, sources, statuses, chosen);
    }
}
