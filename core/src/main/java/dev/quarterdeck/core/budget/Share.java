package dev.quarterdeck.core.budget;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An exact fraction {@code part ÷ whole} between 0 and 1: done effort of all effort, done milestones of all, elapsed
 * days of the planned duration. Kept as two integers so that formulas built on it round once, at the end. A whole of
 * zero (nothing to measure) reads as 0.
 */
public record Share(long part, long whole) {

    public static final Share NONE = new Share(0, 0);
    public static final Share ALL = new Share(1, 1);

    public Share {
        if (whole < 0 || part < 0 || part > whole) {
            throw new IllegalArgumentException("a share needs 0 <= part <= whole, was " + part + "/" + whole);
        }
    }

    public boolean isZero() {
        return part == 0;
    }

    /** {@code amount × part ÷ whole}, rounded half-even to the currency's minor unit. */
    public Money of(Money amount) {
        if (whole == 0) {
            return Money.zero(amount.currency());
        }
        Currency currency = amount.currency();
        return Amounts.money(amount.amount().multiply(BigDecimal.valueOf(part)), BigDecimal.valueOf(whole), currency);
    }

    /** The share in per cent, one decimal, half-even: 25/49 is 51.0. */
    public BigDecimal percent() {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return Amounts.percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}
