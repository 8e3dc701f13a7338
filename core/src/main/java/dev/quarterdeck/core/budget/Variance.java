package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.common.Require;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Planned against actual in one currency, for one budget line or a whole budget.
 *
 * <p>The variance is {@code actual − planned}: positive means over plan, negative under. Its amount is exact (both
 * sides are already at the currency's minor unit). Its percentage is {@code (actual − planned) ÷ planned × 100},
 * rounded half-even to one decimal, and absent when nothing is planned. Threshold checks such as
 * {@link #isOverPlanBy(BigDecimal)} use the exact amounts, never the rounded percentage, so 10.04 % over plan is over a
 * 10 % threshold even though it reads "10.0 %".
 */
public record Variance(Money planned, Money actual) {

    public Variance {
        Require.present(planned, "planned");
        Require.present(actual, "actual");
        Require.equal(planned.currency(), actual.currency(), "planned (" + planned.currency().getCurrencyCode()
                + ") and actual (" + actual.currency().getCurrencyCode() + ") must be in one currency");
        if (planned.isNegative()) {
            throw new IllegalArgumentException("planned must not be negative, was " + planned);
        }
    }

    /** {@code actual − planned}; positive means over plan. */
    public Money amount() {
        return actual.minus(planned);
    }

    /** {@code (actual − planned) ÷ planned × 100}, one decimal, half-even; empty when nothing is planned. */
    public Optional<BigDecimal> percent() {
        if (planned.amount().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(Amounts.percent(amount().amount(), planned.amount()));
    }

    /**
     * True when actual is more than {@code tolerancePercent} above plan: {@code actual > planned × (1 + t ÷ 100)}.
     * With nothing planned, any positive actual is over.
     */
    public boolean isOverPlanBy(BigDecimal tolerancePercent) {
        Require.notNegative(tolerancePercent, "tolerancePercent");
        BigDecimal limit = planned.amount().multiply(BigDecimal.ONE.add(tolerancePercent.movePointLeft(2)));
        return actual.amount().compareTo(limit) > 0;
    }
}
