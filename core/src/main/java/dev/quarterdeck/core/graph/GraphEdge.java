package dev.quarterdeck.core.graph;

import java.util.UUID;

/**
 * A line between two drawn tasks. For BLOCKS "from blocks to", for PARENT "from is the parent of to"; for the
 * other kinds the direction is the link's as recorded.
 *
 * @param inCycle  a blocking edge on a cycle: the data says these tasks wait for one another
 * @param critical a blocking edge on a milestone's critical path
 */
public record GraphEdge(UUID from, UUID to, GraphEdgeKind kind, boolean inCycle, boolean critical) {
}
