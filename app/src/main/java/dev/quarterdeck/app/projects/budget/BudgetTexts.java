package dev.quarterdeck.app.projects.budget;

import dev.quarterdeck.app.projects.MoneyText;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.budget.Variance;
import java.math.BigDecimal;
import java.util.Optional;

/** Budget numbers as the tab shows them: signed variances, percentages, "—" for undefined values. */
final class BudgetTexts {

    private BudgetTexts() {
    }

    static String signed(Money money) {
        String text = MoneyText.of(money);
        return money.amount().signum() > 0 ? "+" + text : text;
    }

    static String percent(Optional<BigDecimal> percent) {
        return percent.map(p -> (p.signum() > 0 ? "+" : "") + p.toPlainString() + " %").orElse("—");
    }

    static String variance(Variance variance) {
        return signed(variance.amount()) + " (" + percent(variance.percent()) + ")";
    }

    static String index(Optional<BigDecimal> index) {
        return index.map(BigDecimal::toPlainString).orElse("—");
    }

    static String money(Optional<Money> money) {
        return money.map(MoneyText::of).orElse("—");
    }
}
