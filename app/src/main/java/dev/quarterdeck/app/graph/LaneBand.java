package dev.quarterdeck.app.graph;

import dev.quarterdeck.core.graph.GraphLane;

/** A lane's horizontal band in world coordinates, with how many drawn tasks it holds. */
public record LaneBand(GraphLane lane, double top, double height, int count) {

    public boolean contains(double y) {
        return y >= top && y < top + height;
    }
}
