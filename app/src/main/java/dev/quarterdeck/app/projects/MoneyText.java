package dev.quarterdeck.app.projects;

import dev.quarterdeck.core.budget.Money;
import java.text.NumberFormat;
import java.util.Locale;

/** Money as the screens show it: "240,000 EUR", grouped, without cents when there are none. */
public final class MoneyText {

    private MoneyText() {
    }

    public static String of(Money money) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        boolean whole = money.amount().stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : money.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(Math.max(0, money.currency().getDefaultFractionDigits()));
        return format.format(money.amount()) + " " + money.currency().getCurrencyCode();
    }
}
