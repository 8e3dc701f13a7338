package dev.quarterdeck.core.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the graph screen draws: the tasks that pass the filter, the edges between them, the critical path of
 * each open milestone and every blocking cycle in the data (cycles are reported even when the filter hides
 * their tasks, because they are a problem of the data, not of the view).
 *
 * @param totalTasks tasks in the workspace that any filter could show (open ones and those closed in the past
 *                   seven days), to tell "nothing matches the filter" from "no tasks"
 */
public record WorkspaceGraph(List<GraphNode> nodes, List<GraphEdge> edges, List<CriticalPath> criticalPaths,
        List<GraphCycle> cycles, int totalTasks) {

    public static final WorkspaceGraph EMPTY = new WorkspaceGraph(List.of(), List.of(), List.of(), List.of(), 0);

    public WorkspaceGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        criticalPaths = List.copyOf(criticalPaths);
        cycles = List.copyOf(cycles);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public Map<UUID, GraphNode> nodesById() {
        return nodes.stream().collect(Collectors.toUnmodifiableMap(GraphNode::id, Function.identity()));
    }

    public Optional<GraphNode> node(UUID id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The critical paths a task lies on (a task can hold up several milestones). */
    public List<CriticalPath> criticalPathsThrough(UUID taskId) {
        return criticalPaths.stream().filter(p -> p.tasks().size() > 1 && p.tasks().contains(taskId)).toList();
    }

    /** Edges that touch a task, for the details panel. */
    public List<GraphEdge> edgesOf(UUID taskId) {
        return edges.stream().filter(e -> e.from().equals(taskId) || e.to().equals(taskId)).toList();
    }
}
