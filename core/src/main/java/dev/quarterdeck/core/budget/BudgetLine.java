package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.common.Require;
import java.time.Instant;
import java.util.UUID;

/** A planned amount for one category of a project's budget. */
public record BudgetLine(UUID id, UUID projectId, String category, Money planned, Instant updatedAt, long version) {

    public BudgetLine {
        Require.present(id, "id");
        Require.present(projectId, "projectId");
        category = Require.text(category, "category", 120);
        Require.present(planned, "planned");
        if (planned.isNegative()) {
            throw new IllegalArgumentException("planned must not be negative, was " + planned);
        }
        Require.present(updatedAt, "updatedAt");
        Require.notNegative(version, "version");
    }
}
