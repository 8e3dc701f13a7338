package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.common.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** An amount in one currency. Always BigDecimal, scaled to the currency's minor unit. */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Require.present(amount, "amount");
        Require.present(currency, "currency");
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.scale() > digits && amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more than " + digits
                    + " decimal places for " + currency.getCurrencyCode());
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency.getCurrencyCode() + " with "
                    + other.currency.getCurrencyCode());
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
