package dev.quarterdeck.app.graph;

import dev.quarterdeck.core.graph.GraphBuilder;
import dev.quarterdeck.core.graph.GraphFilter;
import dev.quarterdeck.core.graph.GraphRecords;
import dev.quarterdeck.core.graph.WorkspaceGraph;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A seeded random workspace for layout tests and the benchmark: {@code tasks} tasks over the four horizons and
 * {@code links} blocking links from an earlier to a later task (a DAG), mostly between near neighbours the way
 * real dependency chains are, plus {@code cycles} three-task cycles as imported data might contain.
 */
final class SyntheticGraph {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private SyntheticGraph() {
    }

    static GraphRecords records(int tasks, int links, int cycles, long seed) {
        Random random = new Random(seed);
        Horizon[] horizons = Horizon.values();
        List<Task> all = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            Task task = Task.create(new UUID(seed, i), null, "Task " + i, horizons[random.nextInt(horizons.length)],
                    null, NOW).withScore(random.nextInt(100));
            all.add(task);
        }
        List<TaskLink> edges = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        while (edges.size() < links) {
            int from = random.nextInt(tasks - 1);
            int span = 1 + (int) Math.min(tasks - from - 1, Math.abs(random.nextGaussian()) * 40);
            int to = from + Math.max(1, span);
            if (to < tasks && seen.add((long) from * tasks + to)) {
                edges.add(link(all.get(from), all.get(to), edges.size(), seed));
            }
        }
        for (int c = 0; c < cycles; c++) {
            int a = random.nextInt(tasks - 3);
            edges.add(link(all.get(a), all.get(a + 1), edges.size(), seed));
            edges.add(link(all.get(a + 1), all.get(a + 2), edges.size(), seed));
            edges.add(link(all.get(a + 2), all.get(a), edges.size(), seed));
        }
        return new GraphRecords(List.of(), all, edges, List.of(), List.of(), List.of());
    }

    static WorkspaceGraph graph(int tasks, int links, int cycles, long seed) {
        return GraphBuilder.build(records(tasks, links, cycles, seed), GraphFilter.ALL, NOW);
    }

    private static TaskLink link(Task from, Task to, int n, long seed) {
        return new TaskLink(new UUID(seed + 1, n), from.id(), to.id(), LinkKind.BLOCKS, LinkOrigin.USER, NOW);
    }
}
