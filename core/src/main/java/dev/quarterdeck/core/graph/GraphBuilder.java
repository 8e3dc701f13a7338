package dev.quarterdeck.core.graph;

import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the {@link WorkspaceGraph} the graph screen draws. Edges come from three places:
 * <ul>
 * <li>the task links as recorded (blocks, parent, reply, references, duplicates, relates);</li>
 * <li>source items' references: an item that references another item's ref (a reply's In-Reply-To, an issue
 * link) joins the two items' tasks — REPLY between mails, REFERENCES otherwise;</li>
 * <li>source items' threads: tasks made from items of one thread are joined in the order the items arrived.</li>
 * </ul>
 * A pair of tasks already joined by a recorded link gets no derived edge. Cycles and critical paths are computed
 * on every task (through {@link TaskGraph}), before filtering, so a filter never hides a problem or shortens a
 * path. Pure and thread-safe; the app calls it off the UI thread.
 */
public final class GraphBuilder {

    private GraphBuilder() {
    }

    public static WorkspaceGraph build(GraphRecords records, GraphFilter filter, Instant now) {
        Map<UUID, Task> tasks = new LinkedHashMap<>();
        records.tasks().forEach(task -> tasks.put(task.id(), task));
        TaskGraph blocking = TaskGraph.of(records.tasks(), records.links());
        Map<UUID, String> codes = new HashMap<>();
        records.projects().forEach(project -> codes.put(project.id(), project.code()));

        List<CriticalPath> paths = criticalPaths(records, blocking, codes);
        Set<UUID> critical = new HashSet<>();
        Set<Pair> criticalEdges = new HashSet<>();
        for (CriticalPath path : paths) {
            if (path.tasks().size() > 1) {
                critical.addAll(path.tasks());
                for (int i = 1; i < path.tasks().size(); i++) {
                    criticalEdges.add(new Pair(path.tasks().get(i - 1), path.tasks().get(i)));
                }
            }
        }

        List<GraphNode> nodes = new ArrayList<>();
        int total = 0;
        for (Task task : tasks.values()) {
            GraphLane lane = GraphLane.of(task, now).orElse(null);
            if (lane == null) {
                continue;
            }
            total++;
            if (filter.matches(task, lane)) {
                boolean blocked = task.isOpen() && blocking.blockersOf(task.id()).stream()
                        .map(tasks::get).anyMatch(blocker -> blocker != null && blocker.isOpen());
                nodes.add(new GraphNode(task, task.projectId() == null ? null : codes.get(task.projectId()), lane,
                        ScoreBand.of(task.score()), blocked, critical.contains(task.id())));
            }
        }
        Set<UUID> shown = new HashSet<>();
        nodes.forEach(node -> shown.add(node.id()));

        List<GraphEdge> edges = new ArrayList<>();
        Set<Pair> joined = new HashSet<>();
        for (TaskLink link : records.links()) {
            joined.add(Pair.unordered(link.fromTaskId(), link.toTaskId()));
            if (shown.contains(link.fromTaskId()) && shown.contains(link.toTaskId())) {
                boolean isBlocking = link.kind() == LinkKind.BLOCKS;
                edges.add(new GraphEdge(link.fromTaskId(), link.toTaskId(), GraphEdgeKind.of(link.kind()),
                        isBlocking && blocking.isCycleEdge(link.fromTaskId(), link.toTaskId()),
                        isBlocking && criticalEdges.contains(new Pair(link.fromTaskId(), link.toTaskId()))));
            }
        }
        for (GraphEdge derived : derivedEdges(records.sourceItems(), tasks.keySet())) {
            if (joined.add(Pair.unordered(derived.from(), derived.to())) && shown.contains(derived.from())
                    && shown.contains(derived.to())) {
                edges.add(derived);
            }
        }

        List<GraphCycle> cycles = blocking.circles().stream()
                .map(circle -> new GraphCycle(circle, blocking.describe(circle))).toList();
        return new WorkspaceGraph(nodes, edges, paths, cycles, total);
    }

    private static List<CriticalPath> criticalPaths(GraphRecords records, TaskGraph blocking,
            Map<UUID, String> codes) {
        Map<UUID, List<UUID>> targets = new HashMap<>();
        for (MilestoneTask link : records.milestoneTasks()) {
            targets.computeIfAbsent(link.milestoneId(), id -> new ArrayList<>()).add(link.taskId());
        }
        List<CriticalPath> paths = new ArrayList<>();
        records.milestones().stream()
                .filter(m -> m.status() == MilestoneStatus.PLANNED || m.status() == MilestoneStatus.IN_PROGRESS)
                .sorted(Comparator.comparing(Milestone::due).thenComparing(Milestone::name))
                .forEach(milestone -> {
                    List<UUID> path = blocking.criticalPathTo(targets.getOrDefault(milestone.id(), List.of()));
                    if (!path.isEmpty()) {
                        paths.add(new CriticalPath(milestone.id(), milestone.name(), codes.get(milestone.projectId()),
                                milestone.due(), path));
                    }
                });
        return paths;
    }

    /** Edges from source items' references and threads, between tasks that exist. */
    static List<GraphEdge> derivedEdges(List<SourceItem> items, Set<UUID> taskIds) {
        List<SourceItem> withTask = items.stream()
                .filter(item -> item.taskId() != null && taskIds.contains(item.taskId())).toList();
        Map<String, List<SourceItem>> byRef = new HashMap<>();
        for (SourceItem item : withTask) {
            byRef.computeIfAbsent(item.ref(), ref -> new ArrayList<>()).add(item);
        }
        List<GraphEdge> edges = new ArrayList<>();
        for (SourceItem item : withTask) {
            for (String ref : item.references()) {
                for (SourceItem referenced : byRef.getOrDefault(ref, List.of())) {
                    if (!referenced.taskId().equals(item.taskId())) {
                        boolean mail = item.kind() == SourceKind.GMAIL && referenced.kind() == SourceKind.GMAIL;
                        edges.add(new GraphEdge(referenced.taskId(), item.taskId(),
                                mail ? GraphEdgeKind.REPLY : GraphEdgeKind.REFERENCES, false, false));
                    }
                }
            }
        }
        Map<String, List<SourceItem>> threads = new LinkedHashMap<>();
        for (SourceItem item : withTask) {
            if (item.threadId() != null) {
                threads.computeIfAbsent(item.kind() + ":" + item.threadId(), k -> new ArrayList<>()).add(item);
            }
        }
        for (List<SourceItem> thread : threads.values()) {
            List<UUID> order = thread.stream()
                    .sorted(Comparator.comparing(SourceItem::createdAt).thenComparing(SourceItem::ref))
                    .map(SourceItem::taskId).distinct().toList();
            for (int i = 1; i < order.size(); i++) {
                edges.add(new GraphEdge(order.get(i - 1), order.get(i), GraphEdgeKind.SAME_THREAD, false, false));
            }
        }
        return edges;
    }

    /** An ordered pair of task ids; {@link #unordered} makes the key for "already joined". */
    private record Pair(UUID a, UUID b) {

        static Pair unordered(UUID x, UUID y) {
            return x.compareTo(y) <= 0 ? new Pair(x, y) : new Pair(y, x);
        }
    }
}
