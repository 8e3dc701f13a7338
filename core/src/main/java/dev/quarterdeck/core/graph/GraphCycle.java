package dev.quarterdeck.core.graph;

import java.util.List;
import java.util.UUID;

/**
 * Tasks that block one another in a circle, found in (imported) data. {@code circle} starts and ends at the same
 * task; {@code description} names it, e.g. "Draft plan → Review plan → Draft plan".
 */
public record GraphCycle(List<UUID> circle, String description) {

    public GraphCycle {
        circle = List.copyOf(circle);
    }
}
