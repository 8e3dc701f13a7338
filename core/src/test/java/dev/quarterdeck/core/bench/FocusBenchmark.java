package dev.quarterdeck.core.bench;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.focus.FocusLanes;
import dev.quarterdeck.core.focus.FocusScoring;
import dev.quarterdeck.core.focus.ScoreWeights;
import dev.quarterdeck.core.focus.TaskActions;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Issue 4: with 10,000 open tasks and 20,000 blocking links, completing a task updates the scores it affects and
 * the lanes (top 3 per horizon, the counts, the Done lane) in ≤ 16 ms. Each round completes a different task through
 * {@link TaskActions#complete} (the audited write plus incremental rescoring, one transaction) and then reads the
 * lanes ({@link FocusLanes#read}, one read). Prints wall and thread CPU time, p50 and p95.
 */
public final class FocusBenchmark {

    private FocusBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        completeAndRefresh(10_000, 20_000);
    }

    static void completeAndRefresh(int openTasks, int links) throws IOException {
        Path dir = Files.createTempDirectory("quarterdeck-focus-bench");
        Clock clock = Clock.systemUTC();
        try (Store store = Store.open(StoreConfig.h2File(dir), clock)) {
            WorkspaceSnapshot workspace = workspace(openTasks, links, clock);
            long start = System.nanoTime();
            store.importSnapshot(Actor.system("benchmark"), workspace);
            print("store import, %,d tasks + %,d links".formatted(openTasks, links), ms(System.nanoTime() - start),
                    "(for reference)");
            start = System.nanoTime();
            FocusScoring scoring = FocusScoring.load(store, ScoreWeights.DEFAULT, clock);
            print("scoring index load", ms(System.nanoTime() - start), "(once per session, off the UI thread)");
            start = System.nanoTime();
            int changed = scoring.rescoreAll();
            print("rescore all (%,d changed)".formatted(changed), ms(System.nanoTime() - start), "(for reference)");
            TaskActions actions = new TaskActions(store, scoring, clock);

            List<UUID> order = new ArrayList<>(workspace.tasks().stream().map(Task::id).toList());
            java.util.Collections.shuffle(order, new Random(4));
            int rounds = 400;
            int warmup = 150;
            Timings complete = new Timings(rounds);
            Timings lanes = new Timings(rounds);
            Timings total = new Timings(rounds);
            List<Horizon> shown = List.of(Horizon.TODAY, Horizon.WEEK, Horizon.MONTH);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                actions.complete(order.get(i));
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                FocusLanes.read(store, shown, 3, clock.instant().minusSeconds(7 * 86_400));
                long t2 = System.nanoTime();
                long c2 = threads.getCurrentThreadCpuTime();
                complete.add(i, t1 - t0, c1 - c0);
                lanes.add(i, t2 - t1, c2 - c1);
                total.add(i, t2 - t0, c2 - c0);
            }
            complete.report("complete: write + rescore (one transaction)", warmup, "");
            lanes.report("complete: lanes re-read (one read)", warmup, "");
            total.report("complete a task, scores + lanes", warmup, "≤ 16 ms");
            print("load average now: " + loadAverage(), 0, "");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Wall and thread CPU time per round; on a shared machine the CPU time is what the work itself costs. */
    private record Timings(double[] wall, double[] cpu) {

        Timings(int rounds) {
            this(new double[rounds], new double[rounds]);
        }

        void add(int round, long wallNanos, long cpuNanos) {
            wall[round] = ms(wallNanos);
            cpu[round] = ms(cpuNanos);
        }

        void report(String what, int warmup, String target) {
            double[] w = sorted(wall, warmup);
            double[] c = sorted(cpu, warmup);
            System.out.printf("%-45s wall p50 %7.2f p95 %7.2f ms | CPU p50 %7.2f p95 %7.2f ms   %s%n", what,
                    w[w.length / 2], w[(int) (w.length * 0.95)], c[c.length / 2], c[(int) (c.length * 0.95)], target);
        }

        private static double[] sorted(double[] samples, int warmup) {
            double[] measured = Arrays.copyOfRange(samples, warmup, samples.length);
            Arrays.sort(measured);
            return measured;
        }
    }

    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Open tasks over 20 projects with due dates spread over two months, blocking links that never loop. */
    public static WorkspaceSnapshot workspace(int openTasks, int linkCount, Clock clock) {
        Random random = new Random(42);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Project> projects = new ArrayList<>();
        Priority[] priorities = Priority.values();
        for (int p = 0; p < 20; p++) {
            projects.add(new Project(UUID.randomUUID(), "B" + p, "Bench project " + p, "", ProjectStatus.ACTIVE,
                    priorities[p % priorities.length], null, null, today.minusDays(60), today.plusDays(120),
                    List.of(), List.of(), "", "", Currency.getInstance("EUR"), BigDecimal.ZERO, now, now, 0));
        }
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < openTasks; i++) {
            Project project = projects.get(i % projects.size());
            LocalDate due = i % 3 == 0 ? null : today.plusDays(random.nextInt(70) - 10);
            Instant created = now.minusSeconds(random.nextInt(60 * 86_400));
            tasks.add(Task.create(UUID.randomUUID(), project.id(), "Bench task " + i, Horizon.LATER, due, created));
        }
        List<TaskLink> links = new ArrayList<>();
        Set<Long> pairs = new HashSet<>();
        while (links.size() < linkCount) {
            int to = 1 + random.nextInt(openTasks - 1);
            int from = Math.max(0, to - 1 - random.nextInt(200));
            if (pairs.add((long) from * openTasks + to)) {
                links.add(new TaskLink(UUID.randomUUID(), tasks.get(from).id(), tasks.get(to).id(), LinkKind.BLOCKS,
                        LinkOrigin.USER, now));
            }
        }
        List<Milestone> milestones = new ArrayList<>();
        List<MilestoneTask> entries = new ArrayList<>();
        for (int m = 0; m < 40; m++) {
            Project project = projects.get(m % projects.size());
            Milestone milestone = new Milestone(UUID.randomUUID(), project.id(), "M" + m, "", today.plusDays(m),
                    today.plusDays(m), MilestoneStatus.PLANNED, null, now, 0);
            milestones.add(milestone);
            for (int k = 0; k < 10; k++) {
                entries.add(new MilestoneTask(milestone.id(), tasks.get((m * 10 + k) * 20 % openTasks).id()));
            }
        }
        return new WorkspaceSnapshot(projects, tasks, links, List.of(), milestones, entries, List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    @SuppressWarnings("PMD.SystemPrintln")
    private static void print(String what, double millis, String target) {
        System.out.printf("%-45s %10.2f ms   %s%n", what, millis, target);
    }
}
