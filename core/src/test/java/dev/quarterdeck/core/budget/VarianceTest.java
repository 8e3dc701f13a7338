package dev.quarterdeck.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VarianceTest {

    @Test
    void overPlanComparesExactAmountsNotTheRoundedPercentage() {
        // 33,000 of 30,000 is exactly 10 % over: tolerated. One cent more is over, though it reads "10.0 %".
        Variance atLimit = new Variance(Money.of("30000", "EUR"), Money.of("33000.00", "EUR"));
        Variance justOver = new Variance(Money.of("30000", "EUR"), Money.of("33000.01", "EUR"));

        assertThat(atLimit.isOverPlanBy(BigDecimal.TEN)).isFalse();
        assertThat(justOver.isOverPlanBy(BigDecimal.TEN)).isTrue();
        assertThat(justOver.percent()).contains(new BigDecimal("10.0"));
        assertThat(atLimit.isOverPlanBy(BigDecimal.ZERO)).isTrue();
    }

    @Test
    void withNothingPlannedAnySpendIsOverAndARefundIsNot() {
        assertThat(new Variance(Money.of("0", "EUR"), Money.of("0.01", "EUR")).isOverPlanBy(BigDecimal.TEN)).isTrue();
        assertThat(new Variance(Money.of("0", "EUR"), Money.of("0", "EUR")).isOverPlanBy(BigDecimal.TEN)).isFalse();
        assertThat(new Variance(Money.of("0", "EUR"), Money.of("-5", "EUR")).isOverPlanBy(BigDecimal.TEN)).isFalse();
    }

    @Test
    void refusesToMixCurrenciesOrPlanBelowZero() {
        assertThatThrownBy(() -> new Variance(Money.of("1", "EUR"), Money.of("1", "USD")))
                .hasMessage("planned (EUR) and actual (USD) must be in one currency");
        assertThatThrownBy(() -> new Variance(Money.of("-1", "EUR"), Money.of("1", "EUR")))
                .hasMessage("planned must not be negative, was -1.00 EUR");
    }
}
