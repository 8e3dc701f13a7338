package dev.quarterdeck.app.projects.budget;

import dev.quarterdeck.core.budget.AlertThresholds;
import dev.quarterdeck.core.budget.BudgetAlert;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.BudgetSummary;
import dev.quarterdeck.core.budget.BurnInterval;
import dev.quarterdeck.core.budget.BurnSeries;
import dev.quarterdeck.core.budget.EarnedValue;
import dev.quarterdeck.core.budget.ProgressBasis;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.budget.VarianceAlerts;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.store.StoreReader;
import dev.quarterdeck.core.task.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the Budget tab shows, computed off the UI thread from one project's records: the budget per currency
 * (project currency first), earned value and the burn chart in the project currency, and the variance alerts.
 */
public record BudgetData(Project project, List<BudgetLine> lines, List<Transaction> ledger,
        List<BudgetSummary> summaries, EarnedValue earnedValue, BurnSeries burn, List<BudgetAlert> alerts,
        ProgressBasis basis) {

    public static BudgetData read(StoreReader store, UUID projectId, ProgressBasis basis, LocalDate today) {
        Project project = store.projects().find(projectId)
                .orElseThrow(() -> new IllegalStateException("This project no longer exists."));
        List<BudgetLine> lines = store.budgetLines().listByProject(projectId);
        List<Transaction> ledger = store.transactions().listByProject(projectId);
        List<Task> tasks = store.tasks().listByProject(projectId);
        List<Milestone> milestones = store.milestones().listByProject(projectId);
        return of(project, lines, ledger, tasks, milestones, basis, today);
    }

    public static BudgetData of(Project project, List<BudgetLine> lines, List<Transaction> ledger, List<Task> tasks,
            List<Milestone> milestones, ProgressBasis basis, LocalDate today) {
        List<BudgetSummary> summaries = BudgetSummary.of(project, lines, ledger);
        List<BudgetAlert> alerts = new ArrayList<>();
        EarnedValue projectEv = null;
        for (BudgetSummary summary : summaries) {
            EarnedValue ev = EarnedValue.measure(project, summary.currency(), lines, ledger, tasks, milestones, basis,
                    today);
            if (projectEv == null) {
                projectEv = ev;
            }
            alerts.addAll(VarianceAlerts.check(summary, ev, AlertThresholds.DEFAULTS));
        }
        BurnSeries burn = BurnSeries.of(project, ledger, projectEv, BurnInterval.WEEK);
        List<Transaction> newestFirst = ledger.stream()
                .sorted(Comparator.comparing(Transaction::date).reversed()).toList();
        return new BudgetData(project, lines, newestFirst, summaries, projectEv, burn, alerts, basis);
    }

    public Map<UUID, BudgetLine> linesById() {
        return lines.stream().collect(Collectors.toMap(BudgetLine::id, Function.identity()));
    }

    /** The summary in the project's own currency (always present). */
    public BudgetSummary main() {
        return summaries.get(0);
    }
}
