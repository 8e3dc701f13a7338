package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.project.Project;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A project's budget in one currency: planned and actual per line and in total, with their variances.
 *
 * <p><b>Currencies are kept apart, never converted.</b> {@link #of} returns one summary per currency that a line is
 * planned in or a transaction is booked in, the project's own currency first and always present, the others by
 * currency code. Converting at some rate would invent numbers the ledger does not hold.
 *
 * <p>The rules:
 * <ul>
 * <li><b>Planned</b> per line is the line's amount; the total is the sum of the lines in the currency. A project
 * without any budget line is planned at its {@code budgetTotal} in its own currency.</li>
 * <li><b>Actual</b> per line is the sum of the transactions booked against it in the line's currency, refunds
 * (negative amounts) included, so a line may end negative when refunds exceed spend. The total is the sum of all
 * the project's transactions in the currency — including those booked against a line planned in another currency or
 * a line that is not the project's; that part is reported as {@link #unassigned()}.</li>
 * <li><b>Variance</b> is actual − planned, its percentage of planned is rounded half-even to one decimal and absent
 * when planned is zero (see {@link Variance}). Amounts are exact: every input is already at the minor unit.</li>
 * </ul>
 * Records of other projects are ignored, so a caller may pass a whole workspace.
 *
 * @param lines the lines planned in this currency, by category
 * @param unassigned actual in this currency not booked against one of {@code lines}
 * @param total planned and actual over the whole currency, {@code unassigned} included
 */
public record BudgetSummary(UUID projectId, Currency currency, List<LineSummary> lines, Money unassigned,
        Variance total) {

    private static final Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);

    public BudgetSummary {
        Require.present(projectId, "projectId");
        Require.present(currency, "currency");
        lines = List.copyOf(Require.present(lines, "lines"));
        Require.present(unassigned, "unassigned");
        Require.present(total, "total");
        for (LineSummary line : lines) {
            Require.equal(projectId, line.line().projectId(), "line " + line.category() + " is not this project's");
            Require.equal(currency, line.line().planned().currency(), "line " + line.category() + " is not in "
                    + currency.getCurrencyCode());
        }
        Require.equal(currency, unassigned.currency(), "unassigned must be in " + currency.getCurrencyCode());
        Require.equal(currency, total.planned().currency(), "total must be in " + currency.getCurrencyCode());
    }

    /** One summary per currency; the project's currency first, then by currency code. */
    public static List<BudgetSummary> of(Project project, Collection<BudgetLine> budgetLines,
            Collection<Transaction> transactions) {
        Require.present(project, "project");
        Require.present(budgetLines, "budgetLines");
        Require.present(transactions, "transactions");
        UUID projectId = project.id();
        List<BudgetLine> ownLines = budgetLines.stream().filter(l -> projectId.equals(l.projectId()))
                .sorted(Comparator.comparing(BudgetLine::category).thenComparing(BudgetLine::id)).toList();
        List<Transaction> ownTransactions = transactions.stream().filter(t -> projectId.equals(t.projectId()))
                .toList();

        Map<Currency, BigDecimal> planned = new TreeMap<>(BY_CODE);
        ownLines.forEach(l -> planned.merge(l.planned().currency(), l.planned().amount(), BigDecimal::add));
        if (ownLines.isEmpty()) {
            planned.put(project.currency(), project.budgetTotal());
        }
        Map<Currency, BigDecimal> actual = new TreeMap<>(BY_CODE);
        Map<UUID, BigDecimal> actualByLine = new HashMap<>();
        Map<UUID, BudgetLine> linesById = new HashMap<>();
        ownLines.forEach(l -> linesById.put(l.id(), l));
        for (Transaction transaction : ownTransactions) {
            Money amount = transaction.amount();
            actual.merge(amount.currency(), amount.amount(), BigDecimal::add);
            BudgetLine line = linesById.get(transaction.budgetLineId());
            if (line != null && line.planned().currency().equals(amount.currency())) {
                actualByLine.merge(line.id(), amount.amount(), BigDecimal::add);
            }
        }

        Set<Currency> currencies = new LinkedHashSet<>();
        currencies.add(project.currency());
        Set<Currency> others = new TreeSet<>(BY_CODE);
        others.addAll(planned.keySet());
        others.addAll(actual.keySet());
        currencies.addAll(others);

        List<BudgetSummary> summaries = new ArrayList<>();
        for (Currency currency : currencies) {
            List<LineSummary> lineSummaries = new ArrayList<>();
            BigDecimal assigned = BigDecimal.ZERO;
            for (BudgetLine line : ownLines) {
                if (line.planned().currency().equals(currency)) {
                    BigDecimal spent = actualByLine.getOrDefault(line.id(), BigDecimal.ZERO);
                    assigned = assigned.add(spent);
                    lineSummaries.add(new LineSummary(line, new Variance(line.planned(), new Money(spent, currency))));
                }
            }
            BigDecimal totalActual = actual.getOrDefault(currency, BigDecimal.ZERO);
            Variance total = new Variance(new Money(planned.getOrDefault(currency, BigDecimal.ZERO), currency),
                    new Money(totalActual, currency));
            summaries.add(new BudgetSummary(projectId, currency, lineSummaries,
                    new Money(totalActual.subtract(assigned), currency), total));
        }
        return List.copyOf(summaries);
    }

    /** The summary in {@code currency}; all zero when the project has nothing planned or booked in it. */
    public static BudgetSummary inCurrency(Project project, Currency currency, Collection<BudgetLine> budgetLines,
            Collection<Transaction> transactions) {
        Require.present(currency, "currency");
        return of(project, budgetLines, transactions).stream().filter(s -> s.currency().equals(currency)).findFirst()
                .orElseGet(() -> new BudgetSummary(project.id(), currency, List.of(), Money.zero(currency),
                        new Variance(Money.zero(currency), Money.zero(currency))));
    }

    /** Total planned: the budget at completion of this currency. */
    public Money planned() {
        return total.planned();
    }

    /** Total actual, refunds included. */
    public Money actual() {
        return total.actual();
    }
}
