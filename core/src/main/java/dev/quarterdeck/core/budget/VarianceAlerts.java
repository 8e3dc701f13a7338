package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.budget.BudgetAlert.Kind;
import dev.quarterdeck.core.budget.BudgetAlert.Severity;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Budget alerts for a project: a pure function of its {@link BudgetSummary}, its {@link EarnedValue} and the
 * {@link AlertThresholds}.
 *
 * <p>The rules, in the order the alerts are listed:
 * <ol>
 * <li>{@link Kind#TOTAL_OVER_PLAN} (critical) when the total actual is more than
 * {@code totalOverPlanPercent} over the total plan: "Total spend is 17.1 % over plan (56,230.00 of 48,000.00
 * GBP)", or "500.00 USD spent with nothing planned" when the plan is zero.</li>
 * <li>{@link Kind#FORECAST_OVER_BUDGET} (warning) when EAC is more than {@code forecastOverBudgetPercent} above BAC:
 * "Forecast at completion 252,252.00 USD exceeds the budget of 180,000.00 USD". Left out when the total alert fired:
 * with spend already above the budget the forecast is too (EAC = AC ÷ share done ≥ AC), so it would only repeat
 * it.</li>
 * <li>{@link Kind#LOW_CPI} (warning) when CPI, at the two decimals it is shown with, is below {@code minimumCpi}:
 * "CPI 0.71 is below 0.90".</li>
 * <li>{@link Kind#LINE_OVER_PLAN} (warning), one per line more than {@code lineOverPlanPercent} over its plan, by
 * category: "Removals is 12.0 % over plan (44,800.00 of 40,000.00 EUR)", or "Catering has 350.00 EUR spent with
 * nothing planned".</li>
 * </ol>
 * Forecast and CPI are judged only once AC reaches {@code judgeFromSpentPercent} of BAC. "Over by more than" compares
 * the exact amounts, the message shows the percentage rounded half-even to one decimal.
 */
public final class VarianceAlerts {

    private VarianceAlerts() {
    }

    /** Alerts for one currency of a project's budget; {@code earnedValue} must be in the summary's currency. */
    public static List<BudgetAlert> check(BudgetSummary budget, EarnedValue earnedValue, AlertThresholds thresholds) {
        Require.present(budget, "budget");
        Require.present(earnedValue, "earnedValue");
        Require.present(thresholds, "thresholds");
        Require.equal(budget.currency(), earnedValue.currency(), "budget and earned value must be in one currency");
        List<BudgetAlert> alerts = new ArrayList<>();
        boolean totalOver = budget.total().isOverPlanBy(thresholds.totalOverPlanPercent());
        if (totalOver) {
            alerts.add(alert(budget, Kind.TOTAL_OVER_PLAN, Severity.CRITICAL, null,
                    overPlanText("Total spend", "", budget.total())));
        }
        if (thresholds.isSpentEnoughToJudge(earnedValue.ac(), earnedValue.bac())) {
            Optional<Money> eac = earnedValue.eac();
            Money bac = earnedValue.bac();
            if (!totalOver && eac.isPresent()
                    && new Variance(bac, eac.get()).isOverPlanBy(thresholds.forecastOverBudgetPercent())) {
                alerts.add(alert(budget, Kind.FORECAST_OVER_BUDGET, Severity.WARNING, null,
                        "Forecast at completion " + Amounts.withCode(eac.get()) + " exceeds the budget of "
                                + Amounts.withCode(bac)));
            }
            Optional<BigDecimal> cpi = earnedValue.cpi();
            if (cpi.isPresent() && cpi.get().compareTo(thresholds.minimumCpi()) < 0) {
                alerts.add(alert(budget, Kind.LOW_CPI, Severity.WARNING, null,
                        "CPI " + Amounts.plain(cpi.get()) + " is below " + Amounts.plain(thresholds.minimumCpi())));
            }
        }
        for (LineSummary line : budget.lines()) {
            if (line.variance().isOverPlanBy(thresholds.lineOverPlanPercent())) {
                alerts.add(alert(budget, Kind.LINE_OVER_PLAN, Severity.WARNING, line.lineId(),
                        overPlanText(line.category(), line.category() + " has ", line.variance())));
            }
        }
        return List.copyOf(alerts);
    }

    /**
     * Alerts for every currency of {@code project}'s budget on {@code asOf}, the project's currency first. The budget
     * counts every transaction in the ledger; earned value counts those dated up to {@code asOf}.
     */
    public static List<BudgetAlert> check(Project project, WorkspaceSnapshot workspace, ProgressBasis basis,
            LocalDate asOf, AlertThresholds thresholds) {
        Require.present(project, "project");
        Require.present(workspace, "workspace");
        List<BudgetAlert> alerts = new ArrayList<>();
        for (BudgetSummary budget : BudgetSummary.of(project, workspace.budgetLines(), workspace.transactions())) {
            EarnedValue earnedValue = EarnedValue.measure(project, budget.currency(), workspace.budgetLines(),
                    workspace.transactions(), workspace.tasks(), workspace.milestones(), basis, asOf);
            alerts.addAll(check(budget, earnedValue, thresholds));
        }
        return List.copyOf(alerts);
    }

    private static String overPlanText(String subject, String unplannedPrefix, Variance variance) {
        Optional<BigDecimal> percent = variance.percent();
        if (percent.isEmpty()) {
            return unplannedPrefix + Amounts.withCode(variance.actual()) + " spent with nothing planned";
        }
        return subject + " is " + Amounts.plain(percent.get()) + " % over plan (" + Amounts.amount(variance.actual())
                + " of " + Amounts.withCode(variance.planned()) + ")";
    }

    private static BudgetAlert alert(BudgetSummary budget, Kind kind, Severity severity,
            UUID budgetLineId, String message) {
        return new BudgetAlert(kind, severity, budget.projectId(), budget.currency(), budgetLineId, message);
    }
}
