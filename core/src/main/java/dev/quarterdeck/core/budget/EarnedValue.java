package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Earned value of a project in one currency on one day.
 *
 * <p>Inputs: {@code bac}, the budget at completion (total planned, see {@link BudgetSummary}); {@code ac}, the actual
 * cost to date (transactions dated on or before {@code asOf}, refunds included); {@code earned}, the share of the work
 * done on the chosen {@link ProgressBasis}; {@code scheduled}, the share of the planned duration elapsed (absent when
 * the project has no start or due date).
 *
 * <p>The formulas, each with the NOVA demo as a worked example (BAC 180,000.00 USD, AC 128,700.00, 25 h of 49 h
 * done, day 75 of 105):
 * <ul>
 * <li>{@link #pv() PV} = BAC × scheduled = 180,000 × 75/105 = 128,571.43</li>
 * <li>{@link #ev() EV} = BAC × earned = 180,000 × 25/49 = 91,836.73</li>
 * <li>{@link #cpi() CPI} = EV ÷ AC = 91,836.73 ÷ 128,700 = 0.71</li>
 * <li>{@link #spi() SPI} = EV ÷ PV = 91,836.73 ÷ 128,571.43 = 0.71</li>
 * <li>{@link #eac() EAC} = BAC ÷ CPI = 128,700 × 49/25 = 252,252.00</li>
 * <li>{@link #vac() VAC} = BAC − EAC = −72,252.00 (negative: forecast to end over budget)</li>
 * </ul>
 * <b>Rounding.</b> Every result is computed from the exact fractions and rounded once: amounts half-even to the
 * currency's minor unit, CPI and SPI half-even to two decimals. EAC is therefore BAC × AC ÷ EV with the exact EV, not
 * BAC divided by the rounded CPI (which would put 253,521.13 above instead of 252,252.00).
 *
 * <p><b>Undefined values</b> are empty, never zero or infinity: CPI when AC is zero or negative (a net refund leaves
 * no cost to measure efficiency against) or BAC is zero (without a budget nothing can ever be earned, so EV ÷ AC
 * says nothing about efficiency), SPI when PV is absent or zero, EAC when CPI is undefined or zero (nothing earned
 * yet), VAC whenever EAC is. With nothing to count on the chosen basis (no tasks, or no milestones) progress is
 * unknown rather than nil: EV reads 0, but CPI, SPI, EAC and VAC are all undefined.
 *
 * @param scheduled share of the planned duration elapsed; null when the project lacks a start or a due date
 */
public record EarnedValue(Currency currency, LocalDate asOf, ProgressBasis basis, Money bac, Money ac, Share earned,
        Share scheduled) {

    private static final int INDEX_SCALE = 2;

    public EarnedValue {
        Require.present(currency, "currency");
        Require.present(asOf, "asOf");
        Require.present(basis, "basis");
        Require.present(bac, "bac");
        Require.present(ac, "ac");
        Require.present(earned, "earned");
        Require.equal(currency, bac.currency(), "bac must be in " + currency.getCurrencyCode());
        Require.equal(currency, ac.currency(), "ac must be in " + currency.getCurrencyCode());
        if (bac.isNegative()) {
            throw new IllegalArgumentException("bac must not be negative, was " + bac);
        }
    }

    /**
     * Earned value of {@code project} in {@code currency} on {@code asOf}. BAC is the total planned in the currency;
     * AC sums the project's transactions in the currency dated on or before {@code asOf}.
     */
    public static EarnedValue measure(Project project, Currency currency, Collection<BudgetLine> budgetLines,
            Collection<Transaction> transactions, Collection<Task> tasks, Collection<Milestone> milestones,
            ProgressBasis basis, LocalDate asOf) {
        Require.present(project, "project");
        Require.present(transactions, "transactions");
        Require.present(basis, "basis");
        Require.present(asOf, "asOf");
        List<Transaction> toDate = transactions.stream().filter(t -> !t.date().isAfter(asOf)).toList();
        BudgetSummary budget = BudgetSummary.inCurrency(project, currency, budgetLines, toDate);
        return new EarnedValue(currency, asOf, basis, budget.planned(), budget.actual(),
                basis.completion(project.id(), tasks, milestones),
                scheduledShare(project.start(), project.due(), asOf).orElse(null));
    }

    /** Earned value of {@code project} in its own currency, from a workspace's records. */
    public static EarnedValue measure(Project project, WorkspaceSnapshot workspace, ProgressBasis basis,
            LocalDate asOf) {
        Require.present(project, "project");
        Require.present(workspace, "workspace");
        return measure(project, project.currency(), workspace.budgetLines(), workspace.transactions(),
                workspace.tasks(), workspace.milestones(), basis, asOf);
    }

    /**
     * The share of the planned duration elapsed on {@code date}: days from {@code start} to {@code date} over days
     * from {@code start} to {@code due}, clamped to 0..1. 0 on the start date, 1 on the due date and after. A
     * project that starts and is due on the same day is 0 before it and 1 from it. Empty without both dates.
     */
    public static Optional<Share> scheduledShare(LocalDate start, LocalDate due, LocalDate date) {
        Require.present(date, "date");
        if (start == null || due == null) {
            return Optional.empty();
        }
        Require.order(start, due, "start", "due");
        if (!date.isBefore(due)) {
            return Optional.of(Share.ALL);
        }
        if (date.isBefore(start)) {
            return Optional.of(Share.NONE);
        }
        return Optional.of(new Share(ChronoUnit.DAYS.between(start, date), ChronoUnit.DAYS.between(start, due)));
    }

    /** Planned value: BAC × share of the schedule elapsed. Empty when the project has no start or due date. */
    public Optional<Money> pv() {
        return Optional.ofNullable(scheduled).map(s -> s.of(bac));
    }

    /** Earned value: BAC × share of the work done. */
    public Money ev() {
        return earned.of(bac);
    }

    /** Percent complete on the chosen basis, one decimal. */
    public BigDecimal percentComplete() {
        return earned.percent();
    }

    /** Cost performance index EV ÷ AC, two decimals; below 1 means each unit spent earned less than a unit. */
    public Optional<BigDecimal> cpi() {
        if (ac.amount().signum() <= 0 || bac.amount().signum() == 0 || earned.whole() == 0) {
            return Optional.empty();
        }
        if (earned.isZero()) {
            return Optional.of(BigDecimal.ZERO.setScale(INDEX_SCALE));
        }
        // (BAC × earned.part ÷ earned.whole) ÷ AC, as one division
        BigDecimal numerator = bac.amount().multiply(BigDecimal.valueOf(earned.part()));
        BigDecimal denominator = ac.amount().multiply(BigDecimal.valueOf(earned.whole()));
        return Optional.of(ratio(numerator, denominator));
    }

    /** Schedule performance index EV ÷ PV, two decimals; below 1 means behind schedule. */
    public Optional<BigDecimal> spi() {
        if (scheduled == null || scheduled.isZero() || bac.amount().signum() == 0 || earned.whole() == 0) {
            return Optional.empty();
        }
        if (earned.isZero()) {
            return Optional.of(BigDecimal.ZERO.setScale(INDEX_SCALE));
        }
        // (BAC × earned) ÷ (BAC × scheduled) = earned.part × scheduled.whole ÷ (earned.whole × scheduled.part)
        BigDecimal numerator = BigDecimal.valueOf(earned.part()).multiply(BigDecimal.valueOf(scheduled.whole()));
        BigDecimal denominator = BigDecimal.valueOf(earned.whole()).multiply(BigDecimal.valueOf(scheduled.part()));
        return Optional.of(ratio(numerator, denominator));
    }

    /** Estimate at completion BAC ÷ CPI, i.e. AC ÷ share earned: what the whole will cost at the current efficiency. */
    public Optional<Money> eac() {
        if (ac.amount().signum() <= 0 || earned.isZero() || bac.amount().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal numerator = ac.amount().multiply(BigDecimal.valueOf(earned.whole()));
        return Optional.of(Amounts.money(numerator, BigDecimal.valueOf(earned.part()), currency));
    }

    /** Variance at completion BAC − EAC; negative means forecast to end over budget. */
    public Optional<Money> vac() {
        return eac().map(bac::minus);
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, INDEX_SCALE, RoundingMode.HALF_EVEN);
    }
}
