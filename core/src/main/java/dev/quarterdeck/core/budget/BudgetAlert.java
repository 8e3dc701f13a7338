package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.common.Require;
import java.util.Currency;
import java.util.UUID;

/**
 * A budget warning in plain English with its numbers ("Removals is 12.0 % over plan (13,440.00 of 12,000.00 EUR)"),
 * for the project page, the portfolio and the briefing.
 *
 * @param budgetLineId the line a {@link Kind#LINE_OVER_PLAN} alert is about; null for the other kinds
 */
public record BudgetAlert(Kind kind, Severity severity, UUID projectId, Currency currency, UUID budgetLineId,
        String message) {

    public enum Kind {
        /** The whole budget in a currency is over plan by more than the tolerance. */
        TOTAL_OVER_PLAN,
        /** The estimate at completion exceeds the budget at completion. */
        FORECAST_OVER_BUDGET,
        /** The cost performance index is below the minimum. */
        LOW_CPI,
        /** One budget line is over its plan by more than the tolerance. */
        LINE_OVER_PLAN
    }

    public enum Severity {
        /** Money already spent beyond the plan as a whole. */
        CRITICAL,
        /** A part over plan, or a trend that will end over plan if nothing changes. */
        WARNING
    }

    public BudgetAlert {
        Require.present(kind, "kind");
        Require.present(severity, "severity");
        Require.present(projectId, "projectId");
        Require.present(currency, "currency");
        if ((kind == Kind.LINE_OVER_PLAN) != (budgetLineId != null)) {
            throw new IllegalArgumentException("a budget line is named exactly by LINE_OVER_PLAN alerts");
        }
        message = Require.text(message, "message", 500);
    }
}
