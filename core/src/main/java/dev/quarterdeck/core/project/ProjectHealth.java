package dev.quarterdeck.core.project;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskBand;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges one project's health on a given day from its records. A pure function: no store, no clock.
 *
 * <p>The rules:
 * <ul>
 * <li>A COMPLETED or CANCELLED project is GREEN with the single reason "closed".</li>
 * <li><b>RED</b> when any of: the project is past its due date; a milestone is past its due date and neither done
 * nor cancelled; an active (open, mitigating or accepted) risk is in the critical band; the total spend in a
 * currency is more than 10 % over the plan in that currency.</li>
 * <li><b>AMBER</b> when any of: an open milestone slips (its due date is after its baseline); an open milestone
 * depends on an open task that is due after it; an active risk is in the high band; a budget line's spend is more
 * than 10 % over its plan; the spend is forecast to end more than 10 % over plan; open tasks are overdue.</li>
 * <li><b>GREEN</b> otherwise, with the reason "on track".</li>
 * </ul>
 * Every rule that fires adds a reason; the level is the most severe of them and red reasons come first.
 *
 * <p>Money is summed per currency with {@link BigDecimal}. The plan is the sum of the budget lines; a project
 * without lines is planned at its {@code budgetTotal} in its own currency. Spend is the sum of the transactions,
 * refunds (negative amounts) included; a line's spend counts the transactions booked against it in the line's
 * currency. The forecast is the estimate at completion, spend ÷ progress, where progress is the share of the
 * project's tasks that are done (cancelled tasks left out). It is judged only once a quarter of the plan is spent,
 * because early deposits would otherwise read as overruns, and only while the total is not already over.
 *
 * <p>Records of other projects are ignored, so a caller may pass a whole workspace. Milestone links are resolved
 * against all tasks passed in, since a milestone may depend on a task filed elsewhere.
 */
public final class ProjectHealth {

    /** Spend up to 10 % above plan is tolerated; beyond that a line is AMBER and a total RED. */
    static final BigDecimal TOLERANCE = new BigDecimal("1.10");
    /** Share of the plan that must be spent before a forecast is made. */
    static final BigDecimal FORECAST_FROM_SPENT = new BigDecimal("0.25");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Comparator<Milestone> BY_DUE = Comparator.comparing(Milestone::due)
            .thenComparing(Milestone::name);

    private ProjectHealth() {
    }

    /** Health of {@code project} from the records of a workspace. */
    public static Health assess(Project project, WorkspaceSnapshot workspace, LocalDate today) {
        Require.present(workspace, "workspace");
        return assess(project, workspace.tasks(), workspace.milestones(), workspace.milestoneTasks(),
                workspace.risks(), workspace.budgetLines(), workspace.transactions(), today);
    }

    public static Health assess(
            Project project,
            Collection<Task> tasks,
            Collection<Milestone> milestones,
            Collection<MilestoneTask> milestoneTasks,
            Collection<Risk> risks,
            Collection<BudgetLine> budgetLines,
            Collection<Transaction> transactions,
            LocalDate today) {
        Require.present(project, "project");
        Require.present(tasks, "tasks");
        Require.present(milestones, "milestones");
        Require.present(milestoneTasks, "milestoneTasks");
        Require.present(risks, "risks");
        Require.present(budgetLines, "budgetLines");
        Require.present(transactions, "transactions");
        Require.present(today, "today");
        if (!project.status().isOpen()) {
            return new Health(Health.Level.GREEN, List.of("closed"));
        }
        UUID projectId = project.id();
        List<Task> ownTasks = tasks.stream().filter(t -> projectId.equals(t.projectId())).toList();
        List<Milestone> ownMilestones = milestones.stream().filter(m -> projectId.equals(m.projectId()))
                .sorted(BY_DUE).toList();
        List<Risk> ownRisks = risks.stream().filter(r -> projectId.equals(r.projectId())).toList();
        List<BudgetLine> ownLines = budgetLines.stream().filter(l -> projectId.equals(l.projectId()))
                .sorted(Comparator.comparing(BudgetLine::category)).toList();
        List<Transaction> ownTransactions = transactions.stream().filter(t -> projectId.equals(t.projectId()))
                .toList();

        Findings findings = new Findings();
        judgeSchedule(project, today, findings);
        judgeMilestones(ownMilestones, milestoneTasks, tasks, today, findings);
        judgeRisks(ownRisks, findings);
        judgeBudget(project, ownLines, ownTransactions, ownTasks, findings);
        judgeTasks(ownTasks, today, findings);
        return findings.toHealth();
    }

    private static void judgeSchedule(Project project, LocalDate today, Findings findings) {
        if (project.due() != null && project.due().isBefore(today)) {
            findings.red("project " + ChronoUnit.DAYS.between(project.due(), today) + " d past its due date");
        }
    }

    private static void judgeMilestones(List<Milestone> milestones, Collection<MilestoneTask> milestoneTasks,
            Collection<Task> allTasks, LocalDate today, Findings findings) {
        List<Milestone> open = milestones.stream().filter(ProjectHealth::isOpen).toList();
        List<Milestone> overdue = open.stream().filter(m -> m.isPastDue(today)).toList();
        List<Milestone> current = open.stream().filter(m -> !m.isPastDue(today)).toList();

        if (!overdue.isEmpty()) {
            findings.red(count(overdue.size(), "milestone") + " overdue ("
                    + join(overdue, m -> m.name() + ", " + ChronoUnit.DAYS.between(m.due(), today) + " d") + ")");
        }
        List<Milestone> slipping = current.stream().filter(m -> m.slipDays() > 0).toList();
        if (!slipping.isEmpty()) {
            findings.amber(count(slipping.size(), "milestone") + " slipping ("
                    + join(slipping, m -> m.name() + ", " + m.slipDays() + " d") + ")");
        }

        Map<UUID, Task> tasksById = allTasks.stream().collect(Collectors.toMap(Task::id, t -> t, (a, b) -> a));
        List<String> atRisk = new ArrayList<>();
        for (Milestone milestone : current) {
            long late = milestoneTasks.stream()
                    .filter(link -> link.milestoneId().equals(milestone.id()))
                    .map(link -> tasksById.get(link.taskId()))
                    .filter(task -> task != null && task.isOpen() && task.due() != null
                            && task.due().isAfter(milestone.due()))
                    .count();
            if (late > 0) {
                atRisk.add(milestone.name() + ": " + count(late, "linked task") + " due after it");
            }
        }
        if (!atRisk.isEmpty()) {
            findings.amber(count(atRisk.size(), "milestone") + " at risk (" + String.join("; ", atRisk) + ")");
        }
    }

    private static boolean isOpen(Milestone milestone) {
        return milestone.status() == MilestoneStatus.PLANNED || milestone.status() == MilestoneStatus.IN_PROGRESS;
    }

    private static void judgeRisks(List<Risk> risks, Findings findings) {
        long critical = activeRisksIn(risks, RiskBand.CRITICAL);
        if (critical > 0) {
            findings.red(count(critical, "open critical risk"));
        }
        long high = activeRisksIn(risks, RiskBand.HIGH);
        if (high > 0) {
            findings.amber(count(high, "open high risk"));
        }
    }

    private static long activeRisksIn(List<Risk> risks, RiskBand band) {
        return risks.stream().filter(r -> r.status().isActive() && r.band() == band).count();
    }

    private static void judgeBudget(Project project, List<BudgetLine> lines, List<Transaction> transactions,
            List<Task> tasks, Findings findings) {
        Map<Currency, BigDecimal> planned = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (BudgetLine line : lines) {
            planned.merge(line.planned().currency(), line.planned().amount(), BigDecimal::add);
        }
        if (lines.isEmpty() && project.budgetTotal().signum() > 0) {
            planned.put(project.currency(), project.budgetTotal());
        }
        Map<Currency, BigDecimal> spent = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (Transaction transaction : transactions) {
            spent.merge(transaction.amount().currency(), transaction.amount().amount(), BigDecimal::add);
        }
        Set<Currency> currencies = new TreeSet<>(Comparator.comparing(Currency::getCurrencyCode));
        currencies.addAll(planned.keySet());
        currencies.addAll(spent.keySet());

        Progress progress = Progress.of(tasks);
        for (Currency currency : currencies) {
            BigDecimal plan = planned.getOrDefault(currency, BigDecimal.ZERO);
            BigDecimal spend = spent.getOrDefault(currency, BigDecimal.ZERO);
            String in = currency.equals(project.currency()) ? "" : " in " + currency.getCurrencyCode();
            if (isOver(spend, plan)) {
                findings.red(plan.signum() == 0
                        ? "budget " + spend.toPlainString() + " " + currency.getCurrencyCode()
                                + " spent with nothing planned"
                        : "budget +" + percentOver(spend, plan) + " % overall" + in);
            } else if (isForecastToOverrun(spend, plan, progress)) {
                findings.amber(forecastText(spend, plan, progress, in));
            }
        }

        for (BudgetLine line : lines) {
            Currency currency = line.planned().currency();
            BigDecimal spend = transactions.stream()
                    .filter(t -> t.budgetLineId().equals(line.id()) && t.amount().currency().equals(currency))
                    .map(t -> t.amount().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal plan = line.planned().amount();
            if (isOver(spend, plan)) {
                findings.amber(plan.signum() == 0
                        ? "budget " + spend.toPlainString() + " " + currency.getCurrencyCode() + " spent on "
                                + line.category() + " with nothing planned"
                        : "budget +" + percentOver(spend, plan) + " % on " + line.category());
            }
        }
    }

    private static boolean isOver(BigDecimal spend, BigDecimal plan) {
        return spend.compareTo(plan.multiply(TOLERANCE)) > 0;
    }

    private static String percentOver(BigDecimal spend, BigDecimal plan) {
        return spend.subtract(plan).multiply(HUNDRED).divide(plan, 0, RoundingMode.HALF_UP).toPlainString();
    }

    /** Forecast = spend ÷ (done ÷ countable) > plan × tolerance, rearranged to avoid dividing by zero progress. */
    private static boolean isForecastToOverrun(BigDecimal spend, BigDecimal plan, Progress progress) {
        if (plan.signum() <= 0 || progress.countable() == 0
                || spend.compareTo(plan.multiply(FORECAST_FROM_SPENT)) < 0) {
            return false;
        }
        BigDecimal forecastScaled = spend.multiply(BigDecimal.valueOf(progress.countable()));
        BigDecimal limitScaled = plan.multiply(TOLERANCE).multiply(BigDecimal.valueOf(progress.done()));
        return forecastScaled.compareTo(limitScaled) > 0;
    }

    private static String forecastText(BigDecimal spend, BigDecimal plan, Progress progress, String in) {
        String spentPercent = spend.multiply(HUNDRED).divide(plan, 0, RoundingMode.HALF_UP).toPlainString();
        if (progress.done() == 0) {
            return "budget forecast to overrun" + in + " (" + spentPercent + " % spent, no tasks done)";
        }
        BigDecimal forecast = spend.multiply(BigDecimal.valueOf(progress.countable()))
                .divide(BigDecimal.valueOf(progress.done()), 2, RoundingMode.HALF_UP);
        String donePercent = BigDecimal.valueOf(progress.done()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(progress.countable()), 0, RoundingMode.HALF_UP).toPlainString();
        return "budget forecast +" + percentOver(forecast, plan) + " %" + in + " (" + spentPercent + " % spent, "
                + donePercent + " % of tasks done)";
    }

    private static void judgeTasks(List<Task> tasks, LocalDate today, Findings findings) {
        long overdue = tasks.stream().filter(t -> t.isOverdue(today)).count();
        if (overdue > 0) {
            findings.amber(count(overdue, "overdue task"));
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String join(List<Milestone> milestones, Function<Milestone, String> text) {
        return milestones.stream().map(text).collect(Collectors.joining("; "));
    }

    /** Done tasks out of those not cancelled. */
    private record Progress(long done, long countable) {

        static Progress of(List<Task> tasks) {
            long cancelled = tasks.stream().filter(t -> t.status() == TaskStatus.CANCELLED).count();
            long done = tasks.stream().filter(t -> t.status() == TaskStatus.DONE).count();
            return new Progress(done, tasks.size() - cancelled);
        }
    }

    private static final class Findings {
        private final List<String> red = new ArrayList<>();
        private final List<String> amber = new ArrayList<>();

        void red(String reason) {
            red.add(reason);
        }

        void amber(String reason) {
            amber.add(reason);
        }

        Health toHealth() {
            if (!red.isEmpty()) {
                List<String> reasons = new ArrayList<>(red);
                reasons.addAll(amber);
                return new Health(Health.Level.RED, reasons);
            }
            if (!amber.isEmpty()) {
                return new Health(Health.Level.AMBER, amber);
            }
            return new Health(Health.Level.GREEN, List.of("on track"));
        }
    }
}
