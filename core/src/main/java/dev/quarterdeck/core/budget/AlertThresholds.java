package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.common.Require;
import java.math.BigDecimal;

/**
 * When {@link VarianceAlerts} speaks up. Percentages are per cent (10 means 10 %), the CPI a plain index.
 *
 * @param lineOverPlanPercent a budget line is flagged when its actual is more than this far above its plan
 * @param totalOverPlanPercent the total is flagged when its actual is more than this far above the plan
 * @param forecastOverBudgetPercent the forecast is flagged when EAC is more than this far above BAC (0: any overrun)
 * @param minimumCpi the cost performance index is flagged when below this
 * @param judgeFromSpentPercent forecast and CPI are judged only once this share of the budget is spent: early on a
 *     deposit against little finished work reads as a collapse of efficiency that is not there (the same quarter
 *     {@link dev.quarterdeck.core.project.ProjectHealth} waits for)
 */
public record AlertThresholds(
        BigDecimal lineOverPlanPercent,
        BigDecimal totalOverPlanPercent,
        BigDecimal forecastOverBudgetPercent,
        BigDecimal minimumCpi,
        BigDecimal judgeFromSpentPercent) {

    /** A line or the total more than 10 % over plan, EAC over budget, CPI below 0.90; judged from 25 % spent. */
    public static final AlertThresholds DEFAULTS = new AlertThresholds(BigDecimal.TEN, BigDecimal.TEN,
            BigDecimal.ZERO, new BigDecimal("0.90"), new BigDecimal("25"));

    public AlertThresholds {
        Require.notNegative(lineOverPlanPercent, "lineOverPlanPercent");
        Require.notNegative(totalOverPlanPercent, "totalOverPlanPercent");
        Require.notNegative(forecastOverBudgetPercent, "forecastOverBudgetPercent");
        Require.notNegative(minimumCpi, "minimumCpi");
        Require.notNegative(judgeFromSpentPercent, "judgeFromSpentPercent");
        if (judgeFromSpentPercent.compareTo(Amounts.HUNDRED) > 0) {
            throw new IllegalArgumentException("judgeFromSpentPercent must be at most 100, was "
                    + judgeFromSpentPercent.toPlainString());
        }
    }

    /** True once {@code actual} is at least {@link #judgeFromSpentPercent} of {@code planned}. */
    public boolean isSpentEnoughToJudge(Money actual, Money planned) {
        BigDecimal threshold = planned.amount().multiply(judgeFromSpentPercent).divide(Amounts.HUNDRED);
        return actual.amount().signum() > 0 && actual.amount().compareTo(threshold) >= 0;
    }
}
