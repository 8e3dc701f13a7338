package dev.quarterdeck.core.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * Rounding and plain-English formatting shared by the budget calculations. Every derived amount is rounded once, at
 * the end, to the currency's minor unit with {@link RoundingMode#HALF_EVEN} (banker's rounding, so a long ledger
 * does not drift upwards); percentages are rounded to one decimal, cost and schedule indexes to two.
 */
final class Amounts {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {
    }

    static int scale(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    /** {@code numerator ÷ denominator} as money in {@code currency}, rounded half-even to the minor unit. */
    static Money money(BigDecimal numerator, BigDecimal denominator, Currency currency) {
        return new Money(numerator.divide(denominator, scale(currency), RoundingMode.HALF_EVEN), currency);
    }

    /** {@code part ÷ whole × 100}, one decimal, half-even. {@code whole} must not be zero. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_EVEN);
    }

    /** "13,440.00" — grouped thousands, the currency's decimals, no currency code. */
    static String amount(Money money) {
        return String.format(Locale.ENGLISH, "%,." + scale(money.currency()) + "f", money.amount());
    }

    /** "13,440.00 EUR". */
    static String withCode(Money money) {
        return amount(money) + " " + money.currency().getCurrencyCode();
    }

    /** "12.0" for a percentage, "0.85" for an index: the value's own scale, plain digits. */
    static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
