package dev.quarterdeck.app.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.graph.GraphEdge;
import dev.quarterdeck.core.graph.GraphEdgeKind;
import dev.quarterdeck.core.graph.GraphLane;
import dev.quarterdeck.core.graph.GraphWindow;
import dev.quarterdeck.core.graph.WorkspaceGraph;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {

    private final GraphLayout layout = new GraphLayout();

    @Test
    void everyNodeSitsInsideItsLaneBandAndLanesStackInOrder() {
        WorkspaceGraph graph = SyntheticGraph.graph(300, 500, 0, 7);
        GraphPicture picture = layout.layout(graph, GraphWindow.ALL, () -> false);

        assertThat(picture.lanes()).extracting(LaneBand::lane)
                .containsExactly(GraphLane.TODAY, GraphLane.WEEK, GraphLane.MONTH, GraphLane.LATER, GraphLane.DONE);
        for (int i = 1; i < picture.lanes().size(); i++) {
            LaneBand above = picture.lanes().get(i - 1);
            assertThat(picture.lanes().get(i).top()).isEqualTo(above.top() + above.height());
        }
        for (int i = 0; i < picture.size(); i++) {
            GraphLane lane = picture.node(i).lane();
            LaneBand band = picture.lanes().stream().filter(b -> b.lane() == lane).findFirst().orElseThrow();
            assertThat(picture.y(i)).isGreaterThanOrEqualTo(band.top() + GraphLayout.LANE_HEADER);
            assertThat(picture.y(i) + GraphLayout.NODE_HEIGHT).isLessThanOrEqualTo(band.top() + band.height());
            assertThat(picture.x(i) + GraphLayout.NODE_WIDTH).isLessThanOrEqualTo(picture.width());
        }
    }

    @Test
    void blockingEdgesRunLeftToRight() {
        WorkspaceGraph graph = SyntheticGraph.graph(400, 800, 0, 11);
        GraphPicture picture = layout.layout(graph, GraphWindow.ALL, () -> false);

        int checked = 0;
        for (int j = 0; j < picture.edgeCount(); j++) {
            if (picture.edge(j).kind() == GraphEdgeKind.BLOCKS) {
                assertThat(picture.x(picture.edgeFrom(j))).isLessThan(picture.x(picture.edgeTo(j)));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(800);
    }

    @Test
    void aGraphAboveTheFullElkLimitStillRunsLeftToRightWithOneTaskPerCell() {
        int tasks = GraphLayout.FULL_ELK_LIMIT + 500;
        GraphPicture picture = layout.layout(SyntheticGraph.graph(tasks, tasks * 2, 0, 13), GraphWindow.ALL,
                () -> false);

        Set<String> cells = new HashSet<>();
        for (int i = 0; i < picture.size(); i++) {
            assertThat(cells.add(picture.x(i) + "/" + picture.y(i))).as("cell of node %d", i).isTrue();
        }
        for (int j = 0; j < picture.edgeCount(); j++) {
            assertThat(picture.x(picture.edgeFrom(j))).isLessThan(picture.x(picture.edgeTo(j)));
        }
    }

    @Test
    void noTwoNodesShareACell() {
        GraphPicture picture = layout.layout(SyntheticGraph.graph(500, 600, 0, 3), GraphWindow.ALL, () -> false);
        Set<String> cells = new HashSet<>();
        for (int i = 0; i < picture.size(); i++) {
            assertThat(cells.add(picture.x(i) + "/" + picture.y(i))).as("cell of node %d", i).isTrue();
        }
    }

    @Test
    void cyclesInTheDataAreLaidOutAndOtherEdgesStillRunLeftToRight() {
        WorkspaceGraph graph = SyntheticGraph.graph(200, 300, 5, 5);
        assertThat(graph.cycles()).isNotEmpty();

        long started = System.nanoTime();
        GraphPicture picture = layout.layout(graph, GraphWindow.ALL, () -> false);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));

        assertThat(picture.size()).isEqualTo(200);
        for (int j = 0; j < picture.edgeCount(); j++) {
            GraphEdge edge = picture.edge(j);
            if (edge.kind() == GraphEdgeKind.BLOCKS && !edge.inCycle()) {
                assertThat(picture.x(picture.edgeFrom(j))).isLessThan(picture.x(picture.edgeTo(j)));
            }
        }
    }

    @Test
    void aNarrowWindowHasOnlyItsLanes() {
        WorkspaceGraph graph = SyntheticGraph.graph(50, 40, 0, 9);
        GraphPicture picture = layout.layout(graph, GraphWindow.WEEK, () -> false);
        assertThat(picture.lanes()).extracting(LaneBand::lane)
                .containsExactly(GraphLane.TODAY, GraphLane.WEEK, GraphLane.DONE);
    }

    @Test
    void anEmptyGraphHasEmptyLanes() {
        GraphPicture picture = layout.layout(WorkspaceGraph.EMPTY, GraphWindow.ALL, () -> false);
        assertThat(picture.size()).isZero();
        assertThat(picture.lanes()).hasSize(5).allSatisfy(band -> assertThat(band.count()).isZero());
    }

    @Test
    void cancellingStopsTheLayout() {
        WorkspaceGraph graph = SyntheticGraph.graph(300, 500, 0, 1);
        assertThatThrownBy(() -> layout.layout(graph, GraphWindow.ALL, () -> true))
                .isInstanceOf(CancellationException.class);
    }
}
