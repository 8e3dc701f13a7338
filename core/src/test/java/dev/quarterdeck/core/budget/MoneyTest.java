package dev.quarterdeck.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void scalesToTheCurrencysMinorUnit() {
        assertThat(Money.of("12.5", "EUR").amount().toPlainString()).isEqualTo("12.50");
        assertThat(Money.of("1200", "JPY").amount().toPlainString()).isEqualTo("1200");
        assertThat(Money.of("12.500", "EUR").amount().toPlainString()).isEqualTo("12.50");
    }

    @Test
    void refusesToRoundSilently() {
        assertThatThrownBy(() -> Money.of("12.345", "EUR"))
                .hasMessage("amount 12.345 has more than 2 decimal places for EUR");
    }

    @Test
    void addsAndSubtractsInOneCurrencyOnly() {
        assertThat(Money.of("10.10", "EUR").plus(Money.of("0.90", "EUR"))).isEqualTo(Money.of("11", "EUR"));
        assertThat(Money.of("10", "EUR").minus(Money.of("12.5", "EUR")).isNegative()).isTrue();
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .hasMessage("cannot combine EUR with USD");
    }

    @Test
    void aTransactionMayBeARefundButNotZero() {
        UUID project = UUID.randomUUID();
        UUID line = UUID.randomUUID();
        Transaction refund = new Transaction(UUID.randomUUID(), project, line, LocalDate.of(2026, 11, 2),
                Money.of("-120.00", "EUR"), "Movers Ltd", "deposit refund", Instant.EPOCH, 0);
        assertThat(refund.amount().isNegative()).isTrue();
        assertThatThrownBy(() -> new Transaction(UUID.randomUUID(), project, line, LocalDate.of(2026, 11, 2),
                Money.of("0", "EUR"), null, "", Instant.EPOCH, 0)).hasMessage("amount must not be zero");
    }

    @Test
    void aBudgetLineCannotPlanANegativeAmount() {
        assertThatThrownBy(() -> new BudgetLine(UUID.randomUUID(), UUID.randomUUID(), "Removals",
                Money.of("-1", "EUR"), Instant.EPOCH, 0)).hasMessageContaining("planned must not be negative");
    }
}
