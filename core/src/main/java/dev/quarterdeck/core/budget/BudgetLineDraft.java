package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.common.FieldProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A budget line as its form holds it. Categories are unique within a project (ignoring case), because pasted ledger
 * rows name their line by category.
 */
public record BudgetLineDraft(String category, String planned, Currency currency) {

    public static BudgetLineDraft of(BudgetLine line) {
        return new BudgetLineDraft(line.category(), line.planned().amount().toPlainString(),
                line.planned().currency());
    }

    /** Reasons, by field, that this line cannot be saved next to {@code others} (the one edited, {@code editing}, excluded). */
    public List<FieldProblem> problems(Collection<BudgetLine> others, UUID editing) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = category == null ? "" : category.strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("category", "Name the category, e.g. Removals"));
        } else if (name.length() > 120) {
            problems.add(new FieldProblem("category", "At most 120 characters"));
        } else if (others.stream().anyMatch(l -> l.category().equalsIgnoreCase(name) && !l.id().equals(editing))) {
            problems.add(new FieldProblem("category", name + " is already a line of this budget"));
        }
        if (currency == null) {
            problems.add(new FieldProblem("currency", "Choose a currency"));
        } else if (plannedAmount().isEmpty()) {
            problems.add(new FieldProblem("planned", "Enter the planned amount in " + currency.getCurrencyCode()
                    + ", zero or more, with at most " + Math.max(currency.getDefaultFractionDigits(), 0)
                    + " decimals"));
        }
        return List.copyOf(problems);
    }

    public BudgetLine toLine(UUID id, UUID projectId, Instant updatedAt, long version) {
        return new BudgetLine(id, projectId, category.strip(), new Money(plannedAmount().orElseThrow(), currency),
                updatedAt, version);
    }

    private Optional<BigDecimal> plannedAmount() {
        if (planned != null && planned.strip().matches("0+(\\.0+)?")) {
            return Optional.of(BigDecimal.ZERO.setScale(Math.max(currency.getDefaultFractionDigits(), 0)));
        }
        return LedgerDraft.parseAmount(planned, currency).filter(a -> a.signum() > 0);
    }
}
