package dev.quarterdeck.app.graph;

import dev.quarterdeck.app.focus.DueText;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.focus.Prioritiser;
import dev.quarterdeck.core.focus.ScoreFactor;
import dev.quarterdeck.core.focus.ScoreWeights;
import dev.quarterdeck.core.focus.ScoringInput;
import dev.quarterdeck.core.focus.TaskScore;
import dev.quarterdeck.core.graph.CriticalPath;
import dev.quarterdeck.core.graph.GraphEdge;
import dev.quarterdeck.core.graph.GraphEdgeKind;
import dev.quarterdeck.core.graph.GraphNode;
import dev.quarterdeck.core.graph.WorkspaceGraph;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Task;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the side panel says about the selected task, as plain text.
 *
 * @param score       the task's stored score (what the Focus lanes sort by)
 * @param breakdown   the prioritiser's factors for the task now, largest first ("due tomorrow +30")
 * @param recomputed  the total of those factors; differs from {@code score} until the task is next rescored
 * @param links       one line per edge: "blocks → Book movers", "← reply from Budget question"
 */
public record NodeDetails(UUID taskId, String title, String project, String status, String lane, String due,
        String source, long score, String band, List<String> breakdown, long recomputed,
        List<String> criticalPaths, List<String> links, boolean blocked, URI sourceUrl) {

    public NodeDetails {
        breakdown = List.copyOf(breakdown);
        criticalPaths = List.copyOf(criticalPaths);
        links = List.copyOf(links);
    }

    static NodeDetails of(GraphNode node, WorkspaceGraph graph, Map<UUID, Project> projects, Clock clock) {
        Task task = node.task();
        Project project = task.projectId() == null ? null : projects.get(task.projectId());
        List<CriticalPath> paths = graph.criticalPathsThrough(task.id());
        TaskScore score = new Prioritiser(ScoreWeights.DEFAULT, clock).score(new ScoringInput(task,
                project == null ? null : project.priority(), paths.stream().map(CriticalPath::milestoneName).toList(),
                false, 0, task.updatedAt(), Set.of()));
        List<String> breakdown = score.factors().stream()
                .sorted((a, b) -> Double.compare(Math.abs(b.points()), Math.abs(a.points())))
                .map(ScoreFactor::describe).toList();
        Map<UUID, GraphNode> nodes = graph.nodesById();
        List<String> links = new ArrayList<>();
        for (GraphEdge edge : graph.edgesOf(task.id())) {
            boolean outgoing = edge.from().equals(task.id());
            GraphNode other = nodes.get(outgoing ? edge.to() : edge.from());
            String otherTitle = other == null ? "(hidden task)" : other.task().title();
            links.add(linkLine(edge, outgoing) + " " + otherTitle + (edge.inCycle() ? " (cycle)" : ""));
        }
        LocalDate today = LocalDate.now(clock);
        String due = task.due() == null ? "no due date" : "due " + DueText.of(task.due(), today).text();
        return new NodeDetails(task.id(), task.title(),
                project == null ? "No project" : project.code() + " · " + project.name(),
                words(task.status().name()), node.lane().title(), due, Icons.sourceName(task.sourceKind()),
                Math.round(task.score()), node.band().label(), breakdown, Math.round(score.total()),
                paths.stream().map(p -> "on the critical path to " + p.label()).toList(), links, node.blocked(),
                task.sourceUrl());
    }

    private static String linkLine(GraphEdge edge, boolean outgoing) {
        GraphEdgeKind kind = edge.kind();
        return switch (kind) {
            case BLOCKS -> outgoing ? "blocks \u2192" : "blocked by \u2190";
            case PARENT -> outgoing ? "parent of \u2192" : "child of \u2190";
            case REPLY -> outgoing ? "answered by \u2192" : "reply to \u2190";
            default -> kind.label() + (outgoing ? " \u2192" : " \u2190");
        };
    }

    static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
