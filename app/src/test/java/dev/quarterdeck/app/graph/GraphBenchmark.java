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
 * -Dexec.mainClass=dev.quarterdeck.app.graph.GraphBenchmark} (see README "Benchmarks" for the plain java command).
 * Then it pans the canvas over the 5,000-task picture in a headless toolkit (Monocle, software rendering) and
 * prints the frame times. Not a test: nothing here passes or fails.
 */
public final class GraphBenchmark {

    private GraphBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long warm = System.nanoTime();
        GraphLayout.warmUp();
        print("ELK warm-up (register + small layout)", ms(System.nanoTime() - warm), "background, once");
        run(2_000, 4_000, 600);
        GraphPicture large = run(5_000, 10_000, 2_500);
        panning(large);
        System.exit(0);
    }

    /**
     * Pans 300 steps over the picture at 100 % and at the fitted zoom. "draw" is the canvas commands of one frame
     * (what the FX thread spends per drag event); "draw + render" adds rendering the scene to pixels (a snapshot,
     * which also reads the pixels back, so it is an upper bound for a real frame).
     */
    private static void panning(GraphPicture picture) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        javafx.application.Platform.startup(started::countDown);
        started.await();
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                GraphCanvas canvas = new GraphCanvas();
                javafx.scene.Scene scene = new javafx.scene.Scene(canvas, 1100, 700);
                atlantafx.base.theme.PrimerLight theme = new atlantafx.base.theme.PrimerLight();
                javafx.application.Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
                scene.getStylesheets().add(GraphView.class.getResource("/dev/quarterdeck/app/graph/graph.css")
                        .toExternalForm());
                canvas.applyCss();
                canvas.resize(1100, 700);
                canvas.layout();
                canvas.setPicture(picture);
                for (double zoom : new double[] {1.0, 0.3, GraphCanvas.MIN_ZOOM}) {
                    canvas.zoomProperty().set(zoom);
                    double[] draw = new double[300];
                    double[] frame = new double[60];
                    for (int i = 0; i < draw.length; i++) {
                        canvas.panBy(i % 100 < 50 ? -12 : 12, i % 60 < 30 ? -5 : 5);
                        draw[i] = canvas.lastFrameMillisProperty().get();
                    }
                    for (int i = 0; i < frame.length; i++) {
                        long start = System.nanoTime();
                        canvas.panBy(-10, 4);
                        scene.snapshot(null);
                        frame[i] = ms(System.nanoTime() - start);
                    }
                    String at = "pan 5,000 tasks at " + Math.round(zoom * 100) + " %";
                    print(at + ", draw (median)", median(draw), "≤ 16 ms per frame");
                    print(at + ", draw + render (median of " + frame.length + ")", median(frame), "≤ 16 ms per frame");
                }
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
    }

    private static GraphPicture run(int tasks, int links, int targetMs) {
        GraphRecords records = SyntheticGraph.records(tasks, links, 3, 42);
        GraphLayout layout = new GraphLayout();
        int runs = 5;
        double[] build = new double[runs];
        double[] lay = new double[runs];
        double[] layCpu = new double[runs];
        GraphPicture last = null;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            WorkspaceGraph graph = GraphBuilder.build(records, GraphFilter.ALL, SyntheticGraph.NOW);
            long built = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            last = layout.layout(graph, GraphWindow.ALL, () -> false);
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
        return last;
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
