package dev.quarterdeck.app.projects.registers;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.app.projects.budget.BudgetTab;
import dev.quarterdeck.app.projects.documents.DocumentsTab;
import dev.quarterdeck.app.projects.milestones.MilestonesTab;
import dev.quarterdeck.app.projects.risks.RisksTab;
import dev.quarterdeck.app.projects.stakeholders.StakeholdersTab;
import dev.quarterdeck.app.shell.ThemeApplier;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskStatus;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Benchmark, not a timed test (runs only with {@code -Dquarterdeck.bench=true}): a project with 2,000 tasks, 300
 * risks and 5,000 ledger entries; each register tab is built, loaded from the H2 store in the background and rendered
 * (CSS, layout, a snapshot), five rounds, and the median and worst of the last four are printed against the 150 ms
 * target. See docs/registers.md for the command and figures.
 */
@EnabledIfSystemProperty(named = "quarterdeck.bench", matches = "true")
class RegisterTabsBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterTabsBenchmark.class);
    private static final int ROUNDS = 5;

    @TempDir
    Path dataDir;

    @Test
    void everyRegisterTabOnALargeProject() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        try (Store store = Store.open(StoreConfig.h2File(dataDir))) {
            long seeding = System.nanoTime();
            Project project = seed(store, today, clock.instant());
            LOG.info("seeded 2,000 tasks, 300 risks, 5,000 entries in {} ms", (System.nanoTime() - seeding) / 1_000_000);
            BackgroundTasks background = BackgroundTasks.forJavaFx();
            ProjectTabContext context = new ProjectTabContext(project.id(), () -> store, background, clock, () -> { });
            Stage stage = FxToolkit.registerPrimaryStage();
            StackPane holder = new StackPane();
            FxToolkit.setupFixture(() -> {
                ThemeApplier.apply(false);
                Scene scene = new Scene(holder, 1400, 900);
                scene.getStylesheets().add(RegisterTabsBenchmark.class
                        .getResource("/dev/quarterdeck/app/ui/quarterdeck.css").toExternalForm());
                stage.setScene(scene);
                stage.show();
            });
            StringBuilder report = new StringBuilder("\nRegister tabs, 2,000 tasks / 300 risks / 5,000 entries "
                    + "(build + background load + CSS + layout + snapshot), target 150 ms:\n");
            readCpu(report, "Risks", () -> {
                dev.quarterdeck.core.risk.RiskRegister register = new dev.quarterdeck.core.risk.RiskRegister(store,
                        clock, Actor.USER);
                register.list(project.id());
                register.histories(project.id());
            });
            readCpu(report, "Budget", () -> dev.quarterdeck.app.projects.budget.BudgetData.read(store, project.id(),
                    dev.quarterdeck.core.budget.ProgressBasis.TASK_EFFORT, today));
            readCpu(report, "Milestones", () -> dev.quarterdeck.app.projects.milestones.MilestonesData.read(store,
                    project.id(), today));
            readCpu(report, "Stakeholders", () -> store.stakeholders().listByProject(project.id()));
            readCpu(report, "Documents", () -> store.documents().listByProject(project.id()));
            measure("Risks", c -> new RisksTab(c).view(), context, background, holder, report);
            measure("Budget", c -> new BudgetTab(c).view(), context, background, holder, report);
            measure("Milestones", c -> new MilestonesTab(c).view(), context, background, holder, report);
            measure("Stakeholders", c -> new StakeholdersTab(c).view(), context, background, holder, report);
            measure("Documents", c -> new DocumentsTab(c, dataDir).view(), context, background, holder, report);
            LOG.info(report.toString());
            Files.writeString(Path.of(System.getProperty("quarterdeck.screenshots", "target"))
                    .resolveSibling("register-tabs-benchmark.txt"), report.toString());
            FxToolkit.setupFixture(stage::hide);
            background.close();
        }
    }

    /** CPU time of a tab's background read on this thread, median of five after one warm-up. */
    private static void readCpu(StringBuilder report, String name, Runnable read) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long t0 = threads.getCurrentThreadCpuTime();
            read.run();
            cpu.add((threads.getCurrentThreadCpuTime() - t0) / 1_000_000);
        }
        List<Long> warm = new ArrayList<>(cpu.subList(1, cpu.size()));
        warm.sort(null);
        report.append(String.format(Locale.ROOT, "  %-13s background read: CPU first %4d ms, median %4d ms%n", name,
                cpu.get(0), warm.get(warm.size() / 2)));
    }

    private static void measure(String name, Function<ProjectTabContext, Node> tab, ProjectTabContext context,
            BackgroundTasks background, StackPane holder, StringBuilder report) throws Exception {
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            long buildCpu = WaitForAsyncUtils.asyncFx(() -> {
                long t0 = threads.getCurrentThreadCpuTime();
                holder.getChildren().setAll(tab.apply(context));
                return threads.getCurrentThreadCpuTime() - t0;
            }).get(30, TimeUnit.SECONDS);
            long built = System.nanoTime();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> background.running().isEmpty()).get());
            long loaded = System.nanoTime();
            long renderCpu = WaitForAsyncUtils.asyncFx(() -> {
                long t0 = threads.getCurrentThreadCpuTime();
                holder.getScene().getRoot().applyCss();
                holder.getScene().getRoot().layout();
                holder.getScene().snapshot(null);
                return threads.getCurrentThreadCpuTime() - t0;
            }).get(30, TimeUnit.SECONDS);
            long done = System.nanoTime();
            times.add((done - started) / 1_000_000);
            cpu.add((buildCpu + renderCpu) / 1_000_000);
            report.append(String.format(Locale.ROOT, "    %s round %d: build %d ms, load %d ms, render %d ms "
                    + "(FX-thread CPU build %d + render %d ms)%n", name, round, (built - started) / 1_000_000,
                    (loaded - built) / 1_000_000, (done - loaded) / 1_000_000, buildCpu / 1_000_000,
                    renderCpu / 1_000_000));
        }
        List<Long> warm = new ArrayList<>(times.subList(1, times.size()));
        warm.sort(null);
        long median = warm.get(warm.size() / 2);
        long worst = warm.get(warm.size() - 1);
        List<Long> warmCpu = new ArrayList<>(cpu.subList(1, cpu.size()));
        warmCpu.sort(null);
        report.append(String.format(Locale.ROOT, "  %-13s first %5d ms, median %4d ms, worst %4d ms (wall)  %s;"
                + " FX-thread CPU median %4d ms%n", name, times.get(0), median, worst,
                median <= 150 ? "within target" : "OVER target", warmCpu.get(warmCpu.size() / 2)));
    }

    private static Project seed(Store store, LocalDate today, Instant now) {
        Random random = new Random(42);
        Project project = new Project(Ids.newId(), "BIG", "Large benchmark project", "", ProjectStatus.ACTIVE,
                Priority.HIGH, "Lea", "Ada", today.minusMonths(6), today.plusMonths(6), List.of("Ship"), List.of(),
                "", "", Currency.getInstance("EUR"), new BigDecimal("5000000.00"), now, now, 0);
        store.write(Actor.system("bench"), tx -> {
            tx.insert(project);
            List<Task> tasks = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                boolean done = random.nextInt(4) == 0;
                Task task = new Task(Ids.newId(), project.id(), "Task " + i, "",
                        dev.quarterdeck.core.task.TaskStatus.TODO,
                        Horizon.values()[random.nextInt(Horizon.values().length)], false,
                        today.plusDays(random.nextInt(120) - 30), Duration.ofHours(1 + random.nextInt(8)),
                        random.nextBoolean() ? "Owner " + random.nextInt(12) : null, random.nextInt(100),
                        dev.quarterdeck.core.task.SourceKind.MANUAL, null, null, now, now, null, 0);
                if (done) {
                    task = task.withStatus(dev.quarterdeck.core.task.TaskStatus.DONE, now);
                }
                tasks.add(tx.insert(task));
            }
            for (int i = 1; i <= 300; i++) {
                LocalDate identified = today.minusDays(random.nextInt(150));
                tx.insert(new Risk(Ids.newId(), project.id(), Risk.keyFor(i), "Risk " + i, "", "Category "
                        + random.nextInt(6), 1 + random.nextInt(5), 1 + random.nextInt(5), "Owner " + random.nextInt(9),
                        "", "", RiskStatus.values()[random.nextInt(3)], identified,
                        identified.plusDays(random.nextInt(120)), null, now, 0));
            }
            List<BudgetLine> lines = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                lines.add(tx.insert(new BudgetLine(Ids.newId(), project.id(), "Line " + i,
                        Money.of(String.valueOf(200_000 + random.nextInt(200_000)), "EUR"), now, 0)));
            }
            for (int i = 0; i < 5_000; i++) {
                BudgetLine line = lines.get(random.nextInt(lines.size()));
                tx.insert(new Transaction(Ids.newId(), project.id(), line.id(), today.minusDays(random.nextInt(180)),
                        Money.of(String.valueOf(50 + random.nextInt(900)), "EUR"), "Vendor " + random.nextInt(40),
                        "Entry " + i, now, 0));
            }
            for (int i = 0; i < 40; i++) {
                LocalDate due = today.plusDays(random.nextInt(200) - 60);
                Milestone m = tx.insert(new Milestone(Ids.newId(), project.id(), "Milestone " + i, "", due, due,
                        MilestoneStatus.PLANNED, null, now, 0));
                for (int j = 0; j < 10; j++) {
                    tx.insert(new MilestoneTask(m.id(), tasks.get(i * 50 + j).id()));
                }
            }
            for (int i = 0; i < 30; i++) {
                tx.insert(new Stakeholder(Ids.newId(), project.id(), "Person " + i, "Role", "Org", null,
                        1 + random.nextInt(5), 1 + random.nextInt(5), Duration.ofDays(7 + random.nextInt(21)),
                        today.minusDays(random.nextInt(40)), now, 0));
            }
            for (int i = 0; i < 40; i++) {
                String sha = String.format(Locale.ROOT, "%064x", i + 1);
                tx.insert(new Document(Ids.newId(), project.id(), "Document " + i, "doc" + i + ".pdf",
                        "application/pdf", 10_000 + i, sha, "documents/" + sha + "/doc" + i + ".pdf", now, 0));
            }
            return null;
        });
        return project;
    }
}
