package dev.quarterdeck.core.bench;

import dev.quarterdeck.core.audit.Actor;
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
 * {@link TaskActions#complete} (the audited write plus incremental rescoring) and then reads the lanes.
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
            int rounds = 300;
            int warmup = 100;
            double[] complete = new double[rounds];
            double[] lanes = new double[rounds];
            double[] tops = new double[rounds];
            double[] counts = new double[rounds];
            double[] total = new double[rounds];
            Instant doneSince = clock.instant().minusSeconds(7 * 86_400);
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                actions.complete(order.get(i));
                long t1 = System.nanoTime();
                for (Horizon horizon : new Horizon[] {Horizon.TODAY, Horizon.WEEK, Horizon.MONTH}) {
                    store.tasks().topOpenByHorizon(horizon, 3);
                }
                store.tasks().completedSince(doneSince, 3);
                long tTop = System.nanoTime();
                store.tasks().countOpenByHorizon();
                store.tasks().countCompletedSince(doneSince);
                long t2 = System.nanoTime();
                tops[i] = ms(tTop - t1);
                counts[i] = ms(t2 - tTop);
                complete[i] = ms(t1 - t0);
                lanes[i] = ms(t2 - t1);
                total[i] = ms(t2 - t0);
            }
            report("complete: write + rescore", complete, warmup, "");
            report("complete: lanes re-read", lanes, warmup, "");
            report("  of which top 3 x 4 lanes", tops, warmup, "");
            report("  of which lane counts", counts, warmup, "");
            report("complete a task, scores + lanes", total, warmup, "≤ 16 ms");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void report(String what, double[] samples, int warmup, String target) {
        double[] measured = Arrays.copyOfRange(samples, warmup, samples.length);
        Arrays.sort(measured);
        print(what + " p50", measured[measured.length / 2], target);
        print(what + " p95", measured[(int) (measured.length * 0.95)], "");
    }

    /** Open tasks over 20 projects with due dates spread over two months, blocking links that never loop. */
    static WorkspaceSnapshot workspace(int openTasks, int linkCount, Clock clock) {
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
