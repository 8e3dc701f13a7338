package dev.quarterdeck.app.projects.bench;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.projects.PortfolioModel;
import dev.quarterdeck.app.projects.PortfolioView;
import dev.quarterdeck.app.projects.ProjectPageModel;
import dev.quarterdeck.app.projects.ProjectPageView;
import dev.quarterdeck.app.projects.ProjectSummary;
import dev.quarterdeck.app.projects.ProjectTab;
import dev.quarterdeck.app.projects.WorkspaceRecords;
import dev.quarterdeck.app.shell.ThemeApplier;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Benchmark (not a test): a project with 2,000 tasks, 300 risks and 5,000 transactions in a real H2 store; opens
 * its page and switches through every tab, each timed from the click until its data is loaded and a frame is
 * rendered (CSS, layout and a snapshot in the software pipeline); then renders a portfolio of 50 such projects.
 * Prints each figure next to its target. Headless (Monocle). Run it with the command in README ("Benchmarks").
 */
public final class ProjectsBenchmark {

    private static final String STYLESHEET = "/dev/quarterdeck/app/ui/quarterdeck.css";
    private static final long PAGE_TARGET_MS = 150;
    private static final long PORTFOLIO_TARGET_MS = 300;

    private ProjectsBenchmark() {
    }

    /** Leaves out the project-page part (--portfolio-only). */
    private static final class SkipPage extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    public static void main(String[] args) throws Exception {
        headless();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        // the page's window is closed before the portfolio's opens: that must not end the toolkit
        Platform.setImplicitExit(false);
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        Path dir = Files.createTempDirectory("quarterdeck-projects-bench");
        boolean portfolioOnly = List.of(args).contains("--portfolio-only");
        BackgroundTasks background = BackgroundTasks.forJavaFx();
        try (Store store = Store.open(StoreConfig.h2File(dir), clock)) {
            if (portfolioOnly) {
                throw new SkipPage();
            }
            long importStart = System.nanoTime();
            WorkspaceSnapshot one = LargeProject.workspace(1, today, clock.instant(), 1);
            store.importSnapshot(Actor.system("benchmark"), one);
            log("set-up: 1 project, %,d tasks, %,d risks, %,d transactions stored in %,d ms", one.tasks().size(),
                    one.risks().size(), one.transactions().size(), ms(importStart));
            projectPage(store, one.projects().get(0).id(), background, clock);
        } catch (SkipPage skip) {
            log("project page skipped (--portfolio-only)");
        } finally {
            background.close();
        }
        portfolio(today, clock);
        Platform.exit();
        System.exit(0);
    }

    private static void projectPage(Store store, UUID projectId, BackgroundTasks background, Clock clock)
            throws Exception {
        ProjectPageModel model = new ProjectPageModel(background, () -> store, clock);
        ProjectPageView first = fx(() -> new ProjectPageView(model));
        Stage stage = show(first);
        for (int i = 0; i < 3; i++) {
            long frame = start();
            render(stage);
            report("one frame of an unchanged 1400×900 window (baseline)", ms(frame), PAGE_TARGET_MS);
        }
        ProjectPageView[] view = {first};
        for (int round = 1; round <= 3; round++) {
            String label = round == 1 ? "cold" : "warm";
            long start = start();
            fx(() -> {
                model.show(projectId);
                return null;
            });
            waitUntil(() -> call(() -> model.pageProperty().get() != null && background.running().isEmpty()));
            render(stage);
            report("open project page (" + label + ", store read included)", ms(start), PAGE_TARGET_MS);
            for (ProjectTab tab : List.of(ProjectTab.TASKS, ProjectTab.RISKS, ProjectTab.BUDGET, ProjectTab.MILESTONES,
                    ProjectTab.STAKEHOLDERS, ProjectTab.DOCUMENTS, ProjectTab.ACTIVITY, ProjectTab.OVERVIEW)) {
                long tabStart = start();
                fx(() -> {
                    view[0].select(tab);
                    return null;
                });
                waitUntil(() -> call(() -> background.running().isEmpty()));
                render(stage);
                report("  tab " + tab.title() + " (" + label + ")", ms(tabStart), PAGE_TARGET_MS);
            }
            // next round: a fresh page, so every tab is built again
            view[0] = fx(() -> {
                ProjectPageView fresh = new ProjectPageView(model);
                stage.getScene().setRoot(fresh);
                return fresh;
            });
        }
        fx(() -> {
            stage.hide();
            return null;
        });
    }

    private static void portfolio(LocalDate today, Clock clock) throws Exception {
        long generate = System.nanoTime();
        WorkspaceSnapshot fifty = LargeProject.workspace(50, today, clock.instant(), 2);
        log("set-up: 50 projects, %,d tasks, %,d risks, %,d transactions generated in %,d ms", fifty.tasks().size(),
                fifty.risks().size(), fifty.transactions().size(), ms(generate));
        WorkspaceRecords records = new WorkspaceRecords(fifty.projects(), fifty.tasks(), fifty.milestones(),
                fifty.milestoneTasks(), fifty.risks(), fifty.budgetLines(), fifty.transactions());
        Stage stage = null;
        for (int round = 1; round <= 3; round++) {
            long summaries = System.nanoTime();
            List<ProjectSummary> rows = records.portfolio(today);
            long summaryMs = ms(summaries);
            String label = round == 1 ? "cold" : "warm";
            log("portfolio of 50: health and figures computed off the FX thread in %,d ms (%s)", summaryMs, label);
            PortfolioModel model = new PortfolioModel(id -> { });
            long start = start();
            PortfolioView portfolio = fx(() -> {
                model.show(rows);
                return new PortfolioView(model, clock);
            });
            if (stage == null) {
                stage = show(portfolio);
            } else {
                Stage shown = stage;
                fx(() -> {
                    shown.getScene().setRoot(portfolio);
                    return null;
                });
            }
            render(stage);
            report("portfolio of 50 rendered (" + label + ")", ms(start), PORTFOLIO_TARGET_MS);
        }
    }

    private static Stage show(Parent root) throws Exception {
        return fx(() -> {
            ThemeApplier.apply(false);
            Stage stage = new Stage();
            Scene scene = new Scene(root, 1400, 900);
            scene.getStylesheets().add(ProjectsBenchmark.class.getResource(STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
            return stage;
        });
    }

    /** CSS, layout and one rendered frame of the whole scene. */
    private static void render(Stage stage) throws Exception {
        fx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            stage.getScene().snapshot(null);
            return null;
        });
    }

    /**
     * Polls every 20 ms: each poll is a task on the FX thread, and polling every millisecond cost the FX thread more
     * CPU on an overloaded machine (seconds of wall time) than the screens being measured.
     */
    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
    }

    private static boolean call(Callable<Boolean> check) {
        try {
            return fx(check);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(300, TimeUnit.SECONDS);
    }

    private static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /**
     * One line per step: wall time, the CPU time of the JavaFX thread (what the window pays: the target) and of the
     * JavaFX thread plus the background workers (what the step costs in all, store reads included).
     */
    private static void report(String what, long ms, long target) {
        long fx = (cpuNanos(true) - fxAtStart) / 1_000_000;
        long all = (cpuNanos(false) - cpuAtStart) / 1_000_000;
        log("%-52s wall %6d ms  fx cpu %5d ms  fx+bg cpu %5d ms   target <= %d ms  %s", what, ms, fx, all, target,
                ms <= target ? "ok" : fx <= target ? "ok on fx cpu" : "OVER");
    }

    private static long cpuAtStart;
    private static long fxAtStart;

    /** Marks the start of a measurement for the CPU figures. */
    private static long start() {
        cpuAtStart = cpuNanos(false);
        fxAtStart = cpuNanos(true);
        return System.nanoTime();
    }

    /**
     * CPU time of the JavaFX thread ({@code fxOnly}) or of it and the background workers: what the work itself
     * costs, whatever else the (shared) machine is doing. Wall time on a busy machine is mostly waiting for a core.
     */
    private static long cpuNanos(boolean fxOnly) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (!fxOnly && info.getThreadName().startsWith("quarterdeck-background")
                    || info.getThreadName().startsWith("JavaFX Application Thread"))) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                total += Math.max(cpu, 0);
            }
        }
        return total;
    }

    // the benchmark's output is its result: printed, not logged
    @SuppressWarnings("java:S106")
    private static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
