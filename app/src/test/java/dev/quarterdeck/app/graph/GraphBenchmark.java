package dev.quarterdeck.app.graph;

import dev.quarterdeck.core.graph.GraphBuilder;
import dev.quarterdeck.core.graph.GraphFilter;
import dev.quarterdeck.core.graph.GraphRecords;
import dev.quarterdeck.core.graph.GraphWindow;
import dev.quarterdeck.core.graph.WorkspaceGraph;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The graph benchmark command (issue 4): building and laying out 2,000 tasks / 4,000 links and 5,000 / 10,000,
 * off the UI thread, in a JVM whose ELK was warmed as the app warms it. Run it with
 * {@code ./mvnw -B -q -pl app -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.quarterdeck.app.graph.GraphBenchmark}. The canvas frame time while panning is measured
 * by {@code GraphFrameBenchmark} (it needs the toolkit). Not a test: nothing here passes or fails.
 */
public final class GraphBenchmark {

    private GraphBenchmark() {
    }

    public static void main(String[] args) {
        long warm = System.nanoTime();
        GraphLayout.warmUp();
        print("ELK warm-up (register + small layout)", ms(System.nanoTime() - warm), "background, once");
        run(2_000, 4_000, 600);
        run(5_000, 10_000, 2_500);
    }

    private static void run(int tasks, int links, int targetMs) {
        GraphRecords records = SyntheticGraph.records(tasks, links, 3, 42);
        GraphLayout layout = new GraphLayout();
        int runs = 5;
        double[] build = new double[runs];
        double[] lay = new double[runs];
        double[] layCpu = new double[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            WorkspaceGraph graph = GraphBuilder.build(records, GraphFilter.ALL, SyntheticGraph.NOW);
            long built = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            layout.layout(graph, GraphWindow.ALL, () -> false);
            layCpu[r] = ms(threads.getCurrentThreadCpuTime() - cpu);
            long laid = System.nanoTime();
            build[r] = ms(built - start);
            lay[r] = ms(laid - built);
        }
        String size = "%,d tasks / %,d links".formatted(tasks, links);
        print("graph build (edges, cycles, critical paths), " + size, median(build), "");
        print("graph layout (ELK + lanes), " + size + ", first run", lay[0], "≤ " + targetMs + " ms");
        print("graph layout (ELK + lanes), " + size + ", median of " + runs, median(lay), "≤ " + targetMs + " ms");
        // On a shared machine wall time includes waiting for a core; CPU time is what the layout itself costs.
        print("graph layout CPU time, " + size + ", median of " + runs, median(layCpu), "≤ " + targetMs + " ms");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void print(String what, double ms, String target) {
        System.out.println(String.format(Locale.ROOT, "%-72s %9.1f ms  %s", what, ms, target));
    }
}
