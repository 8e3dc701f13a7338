package dev.quarterdeck.app.graph;

import dev.quarterdeck.core.graph.GraphEdge;
import dev.quarterdeck.core.graph.GraphLane;
import dev.quarterdeck.core.graph.GraphNode;
import dev.quarterdeck.core.graph.GraphWindow;
import dev.quarterdeck.core.graph.WorkspaceGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.eclipse.elk.alg.layered.ElkLayered;
import org.eclipse.elk.alg.layered.graph.LGraph;
import org.eclipse.elk.alg.layered.graph.LNode;
import org.eclipse.elk.alg.layered.graph.Layer;
import org.eclipse.elk.alg.layered.graph.transform.ElkGraphTransformer;
import org.eclipse.elk.alg.layered.options.InternalProperties;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.p2layers.NetworkSimplexLayerer;
import org.eclipse.elk.alg.layered.p3order.LayerSweepCrossingMinimizer;
import org.eclipse.elk.core.alg.ILayoutProcessor;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link WorkspaceGraph} out left to right in horizontal lanes. The Eclipse Layout Kernel's layered
 * algorithm orders the tasks that blocking and parent edges connect: it assigns every such task a layer (a
 * column; an edge always points to a later column, except the edges ELK reverses to break cycles; network
 * simplex keeps edges short) and an order within the layer that keeps crossings few. Each task then goes into its lane's band, in its layer's column,
 * stacked in ELK's order. Tasks without an ordering edge fill the free cells of their lane, highest score first.
 * ELK's own coordinates and edge routes are not used: the canvas draws edges as curves between the cells.
 * Runs off the UI thread; one instance may be used from one thread at a time.
 */
public final class GraphLayout {

    public static final double NODE_WIDTH = 216;
    public static final double NODE_HEIGHT = 52;
    static final double COLUMN_GAP = 72;
    static final double ROW_GAP = 14;
    static final double LANE_HEADER = 36;
    static final double LANE_PADDING = 18;
    static final double MARGIN = 24;
    /**
     * Above this many tasks joined by ordering edges, ELK assigns only the columns and {@link BarycentreOrder} orders
     * each column: ELK's crossing minimisation over its dummy nodes would take seconds (docs/graph.md, Benchmark).
     */
    static final int FULL_ELK_LIMIT = 1_500;
    /** Lanes holding unordered tasks aim for at least this many columns before they grow another row. */
    static final int MIN_COLUMNS = 4;

    private static volatile boolean registered;

    /**
     * Registers the layered algorithm with ELK (once per JVM) and lays out a small graph, so that the first real
     * layout does not pay for class loading and ELK's start-up (about a second in a cold JVM).
     */
    public static void warmUp() {
        ensureRegistered();
        ElkNode root = ElkGraphUtil.createGraph();
        ElkNode previous = null;
        for (int i = 0; i < 40; i++) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(NODE_WIDTH, NODE_HEIGHT);
            if (previous != null) {
                ElkGraphUtil.createSimpleEdge(previous, node);
            }
            previous = i % 5 == 0 ? node : previous;
        }
        configure(root);
        layers(root, () -> false, false);
    }

    private static void ensureRegistered() {
        if (!registered) {
            synchronized (GraphLayout.class) {
                if (!registered) {
                    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                    registered = true;
                }
            }
        }
    }

    private static void configure(ElkNode root) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        // One graph, not one per connected component: columns must mean the same in every lane.
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        // Measured in TOOLCHAIN.md: thoroughness 1 cuts 2,000 nodes from 1.7 s to ~0.6 s.
        root.setProperty(LayeredOptions.THOROUGHNESS, 1);
        // Placement and routing never run (see layers()); the cheapest choices keep the processors before them few.
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    }

    /**
     * Lays out the graph with lanes for every lane of {@code window}. Throws {@link CancellationException} once
     * {@code cancelled} turns true.
     */
    public GraphPicture layout(WorkspaceGraph graph, GraphWindow window, BooleanSupplier cancelled) {
        List<GraphNode> nodes = graph.nodes();
        int n = nodes.size();
        Map<java.util.UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i).id(), i);
        }
        int[] column = new int[n];
        double[] order = new double[n];
        boolean[] ordered = new boolean[n];
        int columns = orderConnected(graph, index, column, order, ordered, cancelled);
        check(cancelled);

        Map<GraphLane, List<Integer>> byLane = new EnumMap<>(GraphLane.class);
        for (int i = 0; i < n; i++) {
            byLane.computeIfAbsent(nodes.get(i).lane(), lane -> new ArrayList<>()).add(i);
        }
        double[] x = new double[n];
        double[] y = new double[n];
        List<LaneBand> bands = new ArrayList<>();
        double top = 0;
        int widest = Math.max(columns, 1);
        for (GraphLane lane : GraphLane.values()) {
            if (!window.includes(lane)) {
                continue;
            }
            List<Integer> members = byLane.getOrDefault(lane, List.of());
            int rows = placeLane(members, nodes, column, order, ordered, columns, top, x, y);
            for (int i : members) {
                widest = Math.max(widest, (int) Math.round((x[i] - MARGIN) / (NODE_WIDTH + COLUMN_GAP)) + 1);
            }
            double height = LANE_HEADER + LANE_PADDING + Math.max(rows, 1) * (NODE_HEIGHT + ROW_GAP) - ROW_GAP
                    + LANE_PADDING;
            bands.add(new LaneBand(lane, top, height, members.size()));
            top += height;
        }
        double width = MARGIN * 2 + widest * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP;
        return new GraphPicture(graph, x, y, bands, width, top);
    }

    /**
     * Runs ELK on the tasks joined by ordering edges; fills their column and in-column order. Returns the number
     * of columns.
     */
    private int orderConnected(WorkspaceGraph graph, Map<java.util.UUID, Integer> index, int[] column,
            double[] order, boolean[] ordered, BooleanSupplier cancelled) {
        List<GraphEdge> orderingEdges = graph.edges().stream().filter(e -> e.kind().ordering()).toList();
        if (orderingEdges.isEmpty()) {
            return 0;
        }
        ensureRegistered();
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root);
        Map<Integer, ElkNode> elkNodes = new HashMap<>();
        for (GraphEdge edge : orderingEdges) {
            ElkNode from = elkNodes.computeIfAbsent(index.get(edge.from()), i -> elkNode(root));
            ElkNode to = elkNodes.computeIfAbsent(index.get(edge.to()), i -> elkNode(root));
            ElkGraphUtil.createSimpleEdge(from, to);
        }
        Map<ElkNode, Integer> indexOf = new HashMap<>();
        elkNodes.forEach((i, node) -> indexOf.put(node, i));
        boolean large = elkNodes.size() > FULL_ELK_LIMIT;
        List<Layer> layers = layers(root, cancelled, large);
        for (int layer = 0; layer < layers.size(); layer++) {
            List<LNode> members = layers.get(layer).getNodes();
            for (int position = 0; position < members.size(); position++) {
                LNode node = members.get(position);
                Integer i = node.getType() == LNode.NodeType.NORMAL
                        && node.getProperty(InternalProperties.ORIGIN) instanceof ElkNode origin ? indexOf.get(origin)
                        : null;
                if (i != null) {
                    column[i] = layer;
                    order[i] = position;
                    ordered[i] = true;
                }
            }
        }
        if (large) {
            check(cancelled);
            int[] from = new int[orderingEdges.size()];
            int[] to = new int[orderingEdges.size()];
            for (int e = 0; e < from.length; e++) {
                from[e] = index.get(orderingEdges.get(e).from());
                to[e] = index.get(orderingEdges.get(e).to());
            }
            BarycentreOrder.apply(column, order, ordered, from, to);
        }
        return layers.size();
    }

    /**
     * Runs ELK layered up to and including crossing minimisation and returns its layers, each in its crossing-
     * minimised order (with ELK's dummy nodes for long edges). The later phases (node placement, edge routing)
     * would compute coordinates and routes this layout does not use: stopping here saves about a third of the
     * time. ELK offers this step-wise run in its public API ({@link ElkLayered#prepareLayoutTest}); cancellation
     * is checked between its processors. With {@code columnsOnly} it stops after the layering (network simplex): the
     * layers then hold the tasks in no particular order, and no dummy nodes.
     */
    private static List<Layer> layers(ElkNode root, BooleanSupplier cancelled, boolean columnsOnly) {
        LGraph graph = new ElkGraphTransformer().importGraph(root);
        ElkLayered layered = new ElkLayered();
        ElkLayered.TestExecutionState state = layered.prepareLayoutTest(graph);
        List<ILayoutProcessor<LGraph>> processors = layered.getLayoutTestConfiguration(state);
        int last = processors.size() - 1;
        for (int i = 0; i < processors.size(); i++) {
            if (columnsOnly ? processors.get(i) instanceof NetworkSimplexLayerer
                    : processors.get(i) instanceof LayerSweepCrossingMinimizer) {
                last = i;
                break;
            }
        }
        for (int step = 0; step <= last && !layered.isLayoutTestFinished(state); step++) {
            check(cancelled);
            layered.runLayoutTestStep(state);
        }
        check(cancelled);
        return graph.getLayers();
    }

    private static ElkNode elkNode(ElkNode root) {
        ElkNode node = ElkGraphUtil.createNode(root);
        node.setDimensions(NODE_WIDTH, NODE_HEIGHT);
        return node;
    }

    /** Places one lane's tasks below {@code top}; returns the number of rows used. */
    private int placeLane(List<Integer> members, List<GraphNode> nodes, int[] column, double[] order,
            boolean[] ordered, int columns, double top, double[] x, double[] y) {
        Map<Integer, List<Integer>> cells = new HashMap<>();
        List<Integer> loose = new ArrayList<>();
        for (int i : members) {
            if (ordered[i]) {
                cells.computeIfAbsent(column[i], c -> new ArrayList<>()).add(i);
            } else {
                loose.add(i);
            }
        }
        int rows = 0;
        for (List<Integer> cell : cells.values()) {
            cell.sort(Comparator.comparingDouble(i -> order[i]));
            rows = Math.max(rows, cell.size());
        }
        if (!loose.isEmpty()) {
            int targetColumns = Math.max(columns, MIN_COLUMNS);
            rows = Math.max(rows, (int) Math.ceil((members.size()) / (double) targetColumns));
            loose.sort(Comparator.comparingDouble((Integer i) -> -nodes.get(i).task().score())
                    .thenComparing(i -> nodes.get(i).task().title()));
            int next = 0;
            for (int c = 0; next < loose.size(); c++) {
                List<Integer> cell = cells.computeIfAbsent(c, key -> new ArrayList<>());
                while (cell.size() < rows && next < loose.size()) {
                    cell.add(loose.get(next++));
                }
            }
        }
        double firstRow = top + LANE_HEADER + LANE_PADDING;
        cells.forEach((c, cell) -> {
            for (int row = 0; row < cell.size(); row++) {
                int i = cell.get(row);
                x[i] = MARGIN + c * (NODE_WIDTH + COLUMN_GAP);
                y[i] = firstRow + row * (NODE_HEIGHT + ROW_GAP);
            }
        });
        return rows;
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("graph layout cancelled");
        }
    }
}
