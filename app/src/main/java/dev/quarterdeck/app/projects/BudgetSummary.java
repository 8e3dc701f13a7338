package dev.quarterdeck.app.projects;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.budget.Transaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Planned against spent, per currency (amounts in different currencies are never added up). Planned is the sum
 * of the budget lines, spent the sum of the transactions with refunds subtracted.
 */
public final class BudgetSummary {

    /** One currency's totals. {@code percentSpent} is spent ÷ planned in whole percent, empty without a plan. */
    public record Row(Currency currency, Money planned, Money spent) {

        public Money remaining() {
            return planned.minus(spent);
        }

        public OptionalInt percentSpent() {
            if (planned.amount().signum() == 0) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(spent.amount().multiply(BigDecimal.valueOf(100))
                    .divide(planned.amount(), 0, RoundingMode.HALF_UP).intValueExact());
        }

        public boolean isOver() {
            return spent.compareTo(planned) > 0;
        }
    }

    private BudgetSummary() {
    }

    public static List<Row> of(List<BudgetLine> lines, List<Transaction> transactions) {
        Map<String, Money[]> totals = new TreeMap<>();
        for (BudgetLine line : lines) {
            Money[] pair = totals.computeIfAbsent(code(line.planned()), c -> zeros(line.planned().currency()));
            pair[0] = pair[0].plus(line.planned());
        }
        for (Transaction transaction : transactions) {
            Money[] pair = totals.computeIfAbsent(code(transaction.amount()),
                    c -> zeros(transaction.amount().currency()));
            pair[1] = pair[1].plus(transaction.amount());
        }
        return totals.values().stream()
                .map(pair -> new Row(pair[0].currency(), pair[0], pair[1]))
                .sorted(Comparator.comparing(row -> row.currency().getCurrencyCode()))
                .toList();
    }

    private static String code(Money money) {
        return money.currency().getCurrencyCode();
    }

    private static Money[] zeros(Currency currency) {
        return new Money[] {Money.zero(currency), Money.zero(currency)};
    }
}
