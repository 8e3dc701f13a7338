package dev.quarterdeck.app.graph;

import dev.quarterdeck.core.graph.GraphEdge;
import dev.quarterdeck.core.graph.GraphNode;
import dev.quarterdeck.core.graph.WorkspaceGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A laid-out graph in world coordinates: node {@code i} of {@code graph.nodes()} has its top-left corner at
 * ({@code x[i]}, {@code y[i]}) and the size {@link GraphLayout#NODE_WIDTH} × {@link GraphLayout#NODE_HEIGHT};
 * edge {@code j} of {@code graph.edges()} runs from node {@code edgeFrom[j]} to node {@code edgeTo[j]}. Arrays
 * rather than objects because the canvas walks them on every frame.
 */
public final class GraphPicture {

    public static final GraphPicture EMPTY = new GraphPicture(WorkspaceGraph.EMPTY, new double[0], new double[0],
            List.of(), 0, 0);

    private final WorkspaceGraph graph;
    private final double[] x;
    private final double[] y;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final List<LaneBand> lanes;
    private final double width;
    private final double height;
    private final Map<UUID, Integer> index = new HashMap<>();

    public GraphPicture(WorkspaceGraph graph, double[] x, double[] y, List<LaneBand> lanes, double width,
            double height) {
        this.graph = graph;
        this.x = x;
        this.y = y;
        this.lanes = List.copyOf(lanes);
        this.width = width;
        this.height = height;
        List<GraphNode> nodes = graph.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        List<GraphEdge> edges = graph.edges();
        edgeFrom = new int[edges.size()];
        edgeTo = new int[edges.size()];
        for (int j = 0; j < edges.size(); j++) {
            edgeFrom[j] = index.get(edges.get(j).from());
            edgeTo[j] = index.get(edges.get(j).to());
        }
    }

    public WorkspaceGraph graph() {
        return graph;
    }

    public int size() {
        return x.length;
    }

    public GraphNode node(int i) {
        return graph.nodes().get(i);
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public int edgeCount() {
        return edgeFrom.length;
    }

    public GraphEdge edge(int j) {
        return graph.edges().get(j);
    }

    public int edgeFrom(int j) {
        return edgeFrom[j];
    }

    public int edgeTo(int j) {
        return edgeTo[j];
    }

    public List<LaneBand> lanes() {
        return lanes;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public Optional<Integer> indexOf(UUID taskId) {
        return Optional.ofNullable(index.get(taskId));
    }

    /** The node under a world point, if any. */
    public Optional<Integer> nodeAt(double worldX, double worldY) {
        for (int i = 0; i < x.length; i++) {
            if (worldX >= x[i] && worldX <= x[i] + GraphLayout.NODE_WIDTH && worldY >= y[i]
                    && worldY <= y[i] + GraphLayout.NODE_HEIGHT) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
