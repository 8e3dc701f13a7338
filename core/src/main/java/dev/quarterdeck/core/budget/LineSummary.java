package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.common.Require;
import java.util.UUID;

/** One budget line's plan and the transactions booked against it in the line's currency. */
public record LineSummary(BudgetLine line, Variance variance) {

    public LineSummary {
        Require.present(line, "line");
        Require.present(variance, "variance");
        Require.equal(line.planned(), variance.planned(), "the variance must be planned at the line's amount");
    }

    public UUID lineId() {
        return line.id();
    }

    public String category() {
        return line.category();
    }
}
