package dev.quarterdeck.core.graph;

import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The blocking dependencies between tasks: "a blocks b" is an edge a → b. Answers the three questions the
 * focus and graph screens ask — which cycles exist, would a new dependency close one, and what is the critical
 * path (the longest chain of open blocking tasks) that ends at a task or milestone. Cycles in imported data are
 * reported and left out of path computations, so nothing here can loop forever.
 */
public final class TaskGraph {

    private final Map<UUID, Task> tasks;
    private final Graph<UUID, DefaultEdge> blocking;
    /** Computed once on first use: the graph is immutable and the graph view asks for many milestones. */
    private Map<UUID, Integer> cycleComponent;
    private LongestChains chains;

    /** For every open task outside a cycle: the length of the longest open chain ending there, and its predecessor. */
    private record LongestChains(Map<UUID, Integer> length, Map<UUID, UUID> previous) {
    }

    private TaskGraph(Map<UUID, Task> tasks, Graph<UUID, DefaultEdge> blocking) {
        this.tasks = tasks;
        this.blocking = blocking;
    }

    public static TaskGraph of(Collection<Task> tasks, Collection<TaskLink> links) {
        Map<UUID, Task> byId = new LinkedHashMap<>();
        Graph<UUID, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (Task task : tasks) {
            byId.put(task.id(), task);
            graph.addVertex(task.id());
        }
        for (TaskLink link : links) {
            if (link.kind() == LinkKind.BLOCKS && byId.containsKey(link.fromTaskId())
                    && byId.containsKey(link.toTaskId())) {
                graph.addEdge(link.fromTaskId(), link.toTaskId());
            }
        }
        return new TaskGraph(byId, graph);
    }

    /** Each group of tasks that block one another in a circle, in a stable order. */
    public List<List<UUID>> cycles() {
        List<List<UUID>> cycles = new ArrayList<>();
        for (Set<UUID> component : new KosarajuStrongConnectivityInspector<>(blocking).stronglyConnectedSets()) {
            if (component.size() > 1) {
                cycles.add(component.stream().sorted(Comparator.comparing(this::title)).toList());
            }
        }
        cycles.sort(Comparator.comparing(cycle -> title(cycle.get(0))));
        return cycles;
    }

    /**
     * If "blocker blocks blocked" would close a circle, the circle it would close, starting and ending at
     * {@code blocker}: e.g. [A, B, C, A] when B already (indirectly) blocks A.
     */
    public Optional<List<UUID>> cycleIfAdded(UUID blocker, UUID blocked) {
        if (blocker.equals(blocked)) {
            return Optional.of(List.of(blocker, blocker));
        }
        if (!blocking.containsVertex(blocker) || !blocking.containsVertex(blocked)) {
            return Optional.empty();
        }
        GraphPath<UUID, DefaultEdge> back = BFSShortestPath.findPathBetween(blocking, blocked, blocker);
        if (back == null) {
            return Optional.empty();
        }
        List<UUID> cycle = new ArrayList<>();
        cycle.add(blocker);
        cycle.addAll(back.getVertexList());
        return Optional.of(cycle);
    }

    /** Names a circle for an error message: "Draft plan → Review plan → Draft plan". */
    public String describe(List<UUID> path) {
        return String.join(" \u2192 ", path.stream().map(this::title).toList());
    }

    /**
     * The longest chain of open blocking tasks that ends at one of {@code targets} (a milestone's tasks), first
     * task first. Done and cancelled tasks no longer hold anything up and are left out, as are edges inside cycles.
     */
    public List<UUID> criticalPathTo(Collection<UUID> targets) {
        LongestChains chains = chains();
        Map<UUID, Integer> length = chains.length();
        Map<UUID, UUID> previous = chains.previous();
        UUID end = targets.stream()
                .filter(length::containsKey)
                .max(Comparator.comparing((UUID id) -> length.get(id)).thenComparing(this::title,
                        Comparator.reverseOrder()))
                .orElse(null);
        if (end == null) {
            return List.of();
        }
        List<UUID> path = new ArrayList<>();
        for (UUID at = end; at != null; at = previous.get(at)) {
            path.add(at);
        }
        Collections.reverse(path);
        return path;
    }

    /**
     * Each cycle as a closed walk, first task repeated at the end ("A → B → C → A"), so it can be named. One walk
     * per group of tasks that block one another; a group with several circles is named by one of them.
     */
    public List<List<UUID>> circles() {
        List<List<UUID>> circles = new ArrayList<>();
        for (List<UUID> group : cycles()) {
            UUID start = group.get(0);
            Set<UUID> members = new HashSet<>(group);
            UUID next = blocking.outgoingEdgesOf(start).stream().map(blocking::getEdgeTarget)
                    .filter(members::contains).min(Comparator.comparing(this::title)).orElseThrow();
            GraphPath<UUID, DefaultEdge> back = BFSShortestPath.findPathBetween(blocking, next, start);
            List<UUID> circle = new ArrayList<>();
            circle.add(start);
            circle.addAll(back.getVertexList());
            circles.add(circle);
        }
        return circles;
    }

    /** True when the blocking edge {@code from → to} lies on a cycle (both ends in the same circular group). */
    public synchronized boolean isCycleEdge(UUID from, UUID to) {
        Map<UUID, Integer> component = cycleComponents();
        Integer a = component.get(from);
        return a != null && a.equals(component.get(to)) && blocking.containsEdge(from, to);
    }

    /** Tasks that block {@code task} directly. */
    public List<UUID> blockersOf(UUID task) {
        if (!blocking.containsVertex(task)) {
            return List.of();
        }
        return blocking.incomingEdgesOf(task).stream().map(blocking::getEdgeSource).toList();
    }

    private synchronized Map<UUID, Integer> cycleComponents() {
        if (cycleComponent == null) {
            Map<UUID, Integer> component = new HashMap<>();
            List<List<UUID>> groups = cycles();
            for (int i = 0; i < groups.size(); i++) {
                for (UUID id : groups.get(i)) {
                    component.put(id, i);
                }
            }
            cycleComponent = component;
        }
        return cycleComponent;
    }

    private synchronized LongestChains chains() {
        if (chains == null) {
            chains = longestChains();
        }
        return chains;
    }

    private LongestChains longestChains() {
        Graph<UUID, DefaultEdge> open = openAcyclicSubgraph();
        Map<UUID, Integer> length = new HashMap<>();
        Map<UUID, UUID> previous = new HashMap<>();
        TopologicalOrderIterator<UUID, DefaultEdge> order = new TopologicalOrderIterator<>(open);
        while (order.hasNext()) {
            UUID task = order.next();
            int best = 1;
            UUID bestPrevious = null;
            for (DefaultEdge edge : open.incomingEdgesOf(task)) {
                UUID source = open.getEdgeSource(edge);
                int candidate = length.get(source) + 1;
                if (candidate > best || (candidate == best && bestPrevious != null
                        && title(source).compareTo(title(bestPrevious)) < 0)) {
                    best = candidate;
                    bestPrevious = source;
                }
            }
            length.put(task, best);
            if (bestPrevious != null) {
                previous.put(task, bestPrevious);
            }
        }
        return new LongestChains(length, previous);
    }

    private Graph<UUID, DefaultEdge> openAcyclicSubgraph() {
        Map<UUID, Integer> component = cycleComponents();
        Graph<UUID, DefaultEdge> open = new DefaultDirectedGraph<>(DefaultEdge.class);
        tasks.values().stream().filter(Task::isOpen).forEach(task -> open.addVertex(task.id()));
        for (DefaultEdge edge : blocking.edgeSet()) {
            UUID from = blocking.getEdgeSource(edge);
            UUID to = blocking.getEdgeTarget(edge);
            Integer fromComponent = component.get(from);
            boolean cycleEdge = fromComponent != null && fromComponent.equals(component.get(to));
            if (!cycleEdge && open.containsVertex(from) && open.containsVertex(to)) {
                open.addEdge(from, to);
            }
        }
        return open;
    }

    private String title(UUID id) {
        Task task = tasks.get(id);
        return task == null ? id.toString() : task.title();
    }
}
