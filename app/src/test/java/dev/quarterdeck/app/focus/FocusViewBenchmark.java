package dev.quarterdeck.app.focus;

import atlantafx.base.theme.PrimerLight;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.bench.FocusBenchmark;
import dev.quarterdeck.core.focus.FocusScoring;
import dev.quarterdeck.core.focus.ScoreWeights;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.Task;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The Focus view's opening time (issue 4: ≤ 100 ms) with 10,000 open tasks and 20,000 links: reading the board (the
 * lanes in one read plus the summary counts, off the UI thread) and, on the FX thread, building the view, putting
 * the board in, CSS, layout and rendering one frame (a snapshot, which also reads the pixels back in software, so an
 * upper bound). Wall and thread CPU time, median of 20 after 10 warm-up rounds. Run it like GraphBenchmark (see
 * docs/focus.md); not a test.
 */
public final class FocusViewBenchmark {

    private FocusViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemUTC();
        Path dir = Files.createTempDirectory("quarterdeck-focus-view");
        try (Store store = Store.open(StoreConfig.h2File(dir), clock)) {
            var workspace = FocusBenchmark.workspace(10_000, 20_000, clock);
            store.importSnapshot(Actor.system("benchmark"), workspace);
            FocusScoring.load(store, ScoreWeights.DEFAULT, clock).rescoreAll();
            Map<UUID, String> codes = workspace.projects().stream()
                    .collect(Collectors.toMap(Project::id, Project::code));
            List<Task> tasks = store.tasks().listAll();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();

            int warmup = 10;
            int rounds = 30;
            double[] readWall = new double[rounds];
            double[] readCpu = new double[rounds];
            FocusBoard[] boards = new FocusBoard[rounds];
            for (int i = 0; i < rounds; i++) {
                long w = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                boards[i] = new FocusQuery(store, clock).load(tasks, codes, 0, 0);
                readCpu[i] = ms(threads.getCurrentThreadCpuTime() - c);
                readWall[i] = ms(System.nanoTime() - w);
            }

            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            double[] showWall = new double[rounds];
            double[] showCpu = new double[rounds];
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                    for (int i = 0; i < rounds; i++) {
                        long w = System.nanoTime();
                        long c = threads.getCurrentThreadCpuTime();
                        FocusModel model = new FocusModel(BackgroundTasks.synchronous(), () -> store, clock);
                        FocusView view = new FocusView(model);
                        model.show(boards[i], codes);
                        Scene scene = new Scene(view, 1280, 800);
                        scene.snapshot(null);
                        showCpu[i] = ms(threads.getCurrentThreadCpuTime() - c);
                        showWall[i] = ms(System.nanoTime() - w);
                    }
                    done.complete(null);
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
            done.get();
            print("focus board read (lanes + summary), 10,000 open tasks", readWall, readCpu, warmup, "");
            print("focus view build + show + first frame (FX thread)", showWall, showCpu, warmup, "");
            double[] total = new double[rounds];
            double[] totalCpu = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                total[i] = readWall[i] + showWall[i];
                totalCpu[i] = readCpu[i] + showCpu[i];
            }
            print("focus view opens (read + first frame)", total, totalCpu, warmup, "≤ 100 ms");
            System.out.println("load average now: " + FocusBenchmark.loadAverage());
        }
        System.exit(0);
    }

    private static void print(String what, double[] wall, double[] cpu, int warmup, String target) {
        System.out.println(String.format(Locale.ROOT, "%-58s wall %8.1f ms | CPU %8.1f ms  %s", what,
                median(wall, warmup), median(cpu, warmup), target));
    }

    private static double median(double[] values, int warmup) {
        double[] sorted = Arrays.copyOfRange(values, warmup, values.length);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
