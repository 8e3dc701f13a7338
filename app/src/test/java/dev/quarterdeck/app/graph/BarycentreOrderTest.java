package dev.quarterdeck.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The in-column order of large graphs: neighbours pull a task towards their position. */
class BarycentreOrderTest {

    @Test
    void crossedEdgesBetweenTwoColumnsAreUncrossed() {
        // column 0: a (0), b (1); column 1: c (2), d (3); edges a→d and b→c cross while c sits above d
        int[] column = {0, 0, 1, 1};
        double[] order = {0, 1, 0, 1};
        boolean[] ordered = {true, true, true, true};

        BarycentreOrder.apply(column, order, ordered, new int[] {0, 1}, new int[] {3, 2});

        assertThat(order[0] < order[1]).isEqualTo(order[3] < order[2]);
    }

    @Test
    void tasksWithoutNeighboursKeepTheirOrderAndColumnsAreNotChanged() {
        int[] column = {0, 0, 0, 1};
        double[] order = {2, 0, 1, 0};
        boolean[] ordered = {true, true, true, true};

        BarycentreOrder.apply(column, order, ordered, new int[0], new int[0]);

        assertThat(order).containsExactly(2, 0, 1, 0);
        assertThat(column).containsExactly(0, 0, 0, 1);
    }

    @Test
    void unorderedNodesAreLeftAlone() {
        int[] column = {0, 0, 0};
        double[] order = {0, 7, 1};
        boolean[] ordered = {true, false, true};

        BarycentreOrder.apply(column, order, ordered, new int[] {0}, new int[] {2});

        assertThat(order[1]).isEqualTo(7);
        assertThat(new double[] {order[0], order[2]}).containsExactlyInAnyOrder(0, 1);
    }
}
